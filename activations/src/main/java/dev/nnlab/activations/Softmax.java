package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.Range;
import org.ejml.data.DMatrixRMaj;

/**
 * Row-wise softmax: a_ij = e^(z_ij) / Σ_k e^(z_ik), one probability distribution per sample. The
 * row maximum is subtracted first, so no exponential overflows (the largest is e^0 = 1).
 */
final class Softmax implements Activation {

  static final Softmax INSTANCE = new Softmax();

  private static final Range RANGE = new Range(0, 1);

  private Softmax() {}

  @Override
  public void forward(DMatrixRMaj z, DMatrixRMaj a) {
    requireSameShape(z, a, "a");
    int rows = z.numRows;
    int cols = z.numCols;
    double[] in = z.data;
    double[] out = a.data;
    for (int r = 0, start = 0; r < rows; r++, start += cols) {
      int end = start + cols;
      double max = Double.NEGATIVE_INFINITY;
      for (int i = start; i < end; i++) {
        max = Math.max(max, in[i]);
      }
      double sum = 0;
      for (int i = start; i < end; i++) {
        double e = Math.exp(in[i] - max);
        out[i] = e;
        sum += e;
      }
      double scale = 1 / sum;
      for (int i = start; i < end; i++) {
        out[i] *= scale;
      }
    }
  }

  /**
   * The full Jacobian-vector product, row by row: dL/dz_i = a_i·(dL/da_i − Σ_j a_j·dL/da_j), which
   * is J^T·g for J_ij = a_i(δ_ij − a_j) without forming J.
   */
  @Override
  public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
    requireSameShape(z, a, "a");
    requireSameShape(z, gradA, "gradA");
    requireSameShape(z, gradZ, "gradZ");
    int rows = z.numRows;
    int cols = z.numCols;
    double[] as = a.data;
    double[] ga = gradA.data;
    double[] gz = gradZ.data;
    for (int r = 0, start = 0; r < rows; r++, start += cols) {
      int end = start + cols;
      double dot = 0;
      for (int i = start; i < end; i++) {
        dot += as[i] * ga[i];
      }
      for (int i = start; i < end; i++) {
        gz[i] = as[i] * (ga[i] - dot);
      }
    }
  }

  private static void requireSameShape(DMatrixRMaj z, DMatrixRMaj other, String name) {
    if (other.numRows != z.numRows || other.numCols != z.numCols) {
      throw new IllegalArgumentException(
          "softmax: " + name + " is " + other.numRows + "x" + other.numCols + " but z is "
              + z.numRows + "x" + z.numCols + "; both must be batch x units");
    }
  }

  /**
   * 1, as for a linear output: softmax sits on the output logits, which are initialised like a
   * linear layer's (PyTorch defines no softmax gain).
   */
  @Override
  public double gain() {
    return 1;
  }

  @Override
  public Range range() {
    return RANGE;
  }

  @Override
  public String toString() {
    return "softmax";
  }
}
