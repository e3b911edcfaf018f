package dev.nnlab.examples.train;

import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.Examples;
import dev.nnlab.network.data.SampleExamples;
import java.util.Objects;

/**
 * Examples to train on and to test on, from any source (a known image data set, IDX files, a CSV
 * table), with what a network needs to know to fit them.
 *
 * @param shape the inputs' shape and the number of outputs
 * @param train the training examples
 * @param test the held-out examples evaluated after every epoch
 * @param classes the number of classes, or 0 for regression
 * @param description one line for the terminal, e.g. {@code mnist: 50,000 training images, 10,000 test images}
 */
public record TrainingData(DataShape shape, Examples train, Examples test, int classes, String description) {

  public TrainingData {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(description, "description");
  }

  /** A known data set's training part and test file. */
  public static TrainingData of(DataSet data) {
    return new TrainingData(DataShape.of(data.dataSet()), new SampleExamples(data.train()),
        new SampleExamples(data.test()), 10,
        String.format(java.util.Locale.ROOT, "%s: %,d training images, %,d test images", data.dataSet().id(),
            data.train().size(), data.test().size()));
  }
}
