package dev.nnlab.initializers;

import dev.nnlab.core.init.Fan;
import org.ejml.data.DMatrixRMaj;

/**
 * The shapes an initializer may fill: weights {@code out × in} or a bias {@code out × 1}; for a
 * convolution, weights {@code F × (C·kh·kw)} and biases {@code F × 1} (see {@link Fan}).
 */
final class TargetShape {

  private TargetShape() {}

  /**
   * @throws IllegalArgumentException if {@code target} is empty or its shape does not match
   *     {@code fan}
   */
  static void check(DMatrixRMaj target, Fan fan) {
    int rows = target.getNumRows();
    int cols = target.getNumCols();
    int outputs = fan.outChannels();
    String expected = "expected " + outputs + "×" + fan.in() + " weights or " + outputs
        + "×1 biases for " + fan;
    if (rows == 0 || cols == 0) {
      throw new IllegalArgumentException(
          "cannot initialise an empty " + rows + "×" + cols + " matrix; " + expected);
    }
    if (rows != outputs || (cols != fan.in() && cols != 1)) {
      throw new IllegalArgumentException(
          "the target is " + rows + "×" + cols + " but " + expected);
    }
  }
}
