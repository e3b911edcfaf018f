package dev.nnlab.core.layer;

/**
 * The shape of one example as it flows between layers: {@code channels × height × width}. A flat
 * vector of n values is {@code n × 1 × 1}. In a mini-batch matrix each example is one row of
 * {@link #size()} values laid out channel-major ({@code (c·height + i)·width + j}), the NCHW order
 * PyTorch flattens in, so a {@code flatten} layer changes the shape and not the data.
 */
public record Shape(int channels, int height, int width) {

  public Shape {
    if (channels < 1 || height < 1 || width < 1) {
      throw new IllegalArgumentException(
          "a shape needs at least 1 channel, row and column, got " + channels + "×" + height + "×" + width);
    }
    if ((long) channels * height * width > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "shape " + channels + "×" + height + "×" + width + " has more than " + Integer.MAX_VALUE + " values");
    }
  }

  /** A flat vector of {@code size} values. */
  public static Shape flat(int size) {
    return new Shape(size, 1, 1);
  }

  /** An image of {@code channels} planes of {@code height × width}. */
  public static Shape image(int channels, int height, int width) {
    return new Shape(channels, height, width);
  }

  /** The number of values of one example. */
  public int size() {
    return channels * height * width;
  }

  /** Whether this is a flat vector (height and width 1). */
  public boolean isFlat() {
    return height == 1 && width == 1;
  }

  /** {@code 784} for a flat vector, {@code 1×28×28} otherwise. */
  @Override
  public String toString() {
    return isFlat() ? Integer.toString(channels) : channels + "×" + height + "×" + width;
  }
}
