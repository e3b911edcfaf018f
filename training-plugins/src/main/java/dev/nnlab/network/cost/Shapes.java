package dev.nnlab.network.cost;

import org.ejml.data.DMatrixRMaj;

/** Shape checks shared by the costs. */
final class Shapes {

  private Shapes() {}

  static void requireSame(DMatrixRMaj a, DMatrixRMaj y) {
    if (a.numRows != y.numRows || a.numCols != y.numCols) {
      throw new IllegalArgumentException(
          "output is " + a.numRows + "×" + a.numCols + " but target is " + y.numRows + "×"
              + y.numCols + "; they must match (one row per sample)");
    }
  }
}
