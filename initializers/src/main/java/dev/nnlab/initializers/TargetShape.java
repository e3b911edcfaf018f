package dev.nnlab.initializers;

import dev.nnlab.core.init.Fan;
import org.ejml.data.DMatrixRMaj;

/** The shapes an initializer may fill: weights {@code out × in} or a bias {@code out × 1}. */
final class TargetShape {

  private TargetShape() {}

  /**
   * @throws IllegalArgumentException if {@code target} is empty or its shape does not match
   *     {@code fan}
   */
  static void check(DMatrixRMaj target, Fan fan) {
    int rows = target.getNumRows();
    int cols = target.getNumCols();
    String expected = "expected " + fan.out() + "×" + fan.in() + " weights or " + fan.out()
        + "×1 biases for " + fan;
    if (rows == 0 || cols == 0) {
      throw new IllegalArgumentException(
          "cannot initialise an empty " + rows + "×" + cols + " matrix; " + expected);
    }
    if (rows != fan.out() || (cols != fan.in() && cols != 1)) {
      throw new IllegalArgumentException(
          "the target is " + rows + "×" + cols + " but " + expected);
    }
  }
}
