package dev.nnlab.layers;

import dev.nnlab.core.layer.Shape;

/** Output sizes of square windows slid over an image, and the one-line errors when they do not fit. */
final class Windows {

  private Windows() {}

  /** How many positions a window of {@code size} takes over {@code side} (already padded) with {@code stride}. */
  static int positions(int side, int size, int stride) {
    return (side - size) / stride + 1;
  }

  /**
   * The output shape of a {@code kernel × kernel} convolution with {@code filters} filters.
   *
   * @throws IllegalArgumentException "a 5×5 kernel does not fit a 3×3 input (padding 0)"
   */
  static Shape convolution(Shape input, int filters, int kernel, int stride, int padding) {
    int height = input.height() + 2 * padding;
    int width = input.width() + 2 * padding;
    if (kernel > height || kernel > width) {
      String flat = input.isFlat() ? " of " + input.channels() + " channels; conv needs an image such as 1×28×28" : "";
      throw new IllegalArgumentException(
          "a " + kernel + "×" + kernel + " kernel does not fit a " + input.height() + "×" + input.width()
              + " input (padding " + padding + ")" + flat);
    }
    return Shape.image(filters, positions(height, kernel, stride), positions(width, kernel, stride));
  }

  /**
   * The output shape of pooling {@code size × size} windows channel by channel.
   *
   * @throws IllegalArgumentException "pool size 2 with stride 2 needs at least 2×2, got 1×1"
   */
  static Shape pooling(Shape input, int size, int stride) {
    if (size > input.height() || size > input.width()) {
      throw new IllegalArgumentException(
          "pool size " + size + " with stride " + stride + " needs at least " + size + "×" + size
              + ", got " + input.height() + "×" + input.width());
    }
    return Shape.image(
        input.channels(), positions(input.height(), size, stride), positions(input.width(), size, stride));
  }
}
