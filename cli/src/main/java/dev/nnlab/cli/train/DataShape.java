package dev.nnlab.cli.train;

import dev.nnlab.core.layer.Shape;
import dev.nnlab.network.data.DataSetDefinition;
import dev.nnlab.network.data.Samples;
import java.util.Objects;

/**
 * What a network must fit to train on a data set: the shape of one input and the number of outputs.
 *
 * @param id the data set's name, for messages (e.g. {@code mnist}, {@code iris.csv})
 * @param input one example's input shape (1×28×28 for MNIST, n for n table columns)
 * @param outputs output units: one per class, or one per regression target
 * @param what what one example is called, for messages: "image", "row"
 */
public record DataShape(String id, Shape input, int outputs, String what) {

  public DataShape {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(what, "what");
  }

  /** A known image data set: 1×28×28 inputs, 10 classes. */
  public static DataShape of(DataSetDefinition dataSet) {
    return new DataShape(dataSet.id(), Shape.image(1, 28, 28), Samples.CLASSES, "image");
  }
}
