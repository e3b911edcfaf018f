package dev.nnlab.core.layer;

/**
 * Declared by a layer that changes only the shape: each output row is its input row, value for value
 * (as {@code flatten} does), and the gradient passes back unchanged. No parameters.
 */
public record ReshapeGeometry(Shape input, Shape output) {

  public ReshapeGeometry {
    if (input.size() != output.size()) {
      throw new IllegalArgumentException(
          "a reshape keeps the number of values, got " + input + " -> " + output);
    }
  }
}
