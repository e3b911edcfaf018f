package dev.nnlab.initializers;

import dev.nnlab.core.init.Fan;
import org.ejml.data.DMatrixRMaj;

/**
 * The shapes an initializer may fill: weights {@code rows × in} or a bias {@code rows × 1}, where
 * rows is {@code out} for a dense layer and the number of filters for a convolution (whose fan-out
 * {@code F·kh·kw} is not its row count).
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
    int weightRows = fan.outChannels();
    String expected = "expected " + weightRows + "×" + fan.in() + " weights or " + weightRows
        + "×1 biases for " + fan;
    if (rows == 0 || cols == 0) {
      throw new IllegalArgumentException(
          "cannot initialise an empty " + rows + "×" + cols + " matrix; " + expected);
    }
    if (rows != weightRows || (cols != fan.in() && cols != 1)) {
      throw new IllegalArgumentException(
          "the target is " + rows + "×" + cols + " but " + expected);
    }
  }
}
