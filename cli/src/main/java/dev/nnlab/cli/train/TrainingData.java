package dev.nnlab.cli.train;

import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.Examples;
import dev.nnlab.network.data.SampleExamples;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Examples to train on and to test on, from any source (a known image data set, IDX files, a CSV
 * table), with what a network needs to know to fit them and what a manifest records of them.
 *
 * @param shape the inputs' shape and the number of outputs
 * @param train the training examples
 * @param test the held-out examples evaluated after every epoch
 * @param validation a validation part, where the source has one (MNIST's last 10,000 training images)
 * @param classes the number of classes, or 0 for regression
 * @param description one line for the terminal, e.g. {@code mnist: 50,000 training images, 10,000 test images}
 * @param record the files and part sizes, for the run's manifest
 */
public record TrainingData(
    DataShape shape, Examples train, Examples test, Optional<Examples> validation, int classes, String description,
    DataRecord record) {

  public TrainingData {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(record, "record");
  }

  /** A known data set's training part, validation part and test file. */
  public static TrainingData of(DataSet data) {
    return new TrainingData(DataShape.of(data.dataSet()), new SampleExamples(data.train()),
        new SampleExamples(data.test()), Optional.of(new SampleExamples(data.validation())), 10,
        String.format(Locale.ROOT, "%s: %,d training images, %,d test images", data.dataSet().id(),
            data.train().size(), data.test().size()),
        DataRecord.of(data));
  }

  /** Whether the outputs are numbers to predict rather than classes. */
  public boolean regression() {
    return classes == 0;
  }

  /** The same data with other training and test examples (cut from these), described anew. */
  public TrainingData cut(Examples newTrain, Examples newTest, String newDescription) {
    return new TrainingData(shape, newTrain, newTest, validation, classes, newDescription,
        record.withSizes(newTrain.size(), newTest.size()));
  }
}
