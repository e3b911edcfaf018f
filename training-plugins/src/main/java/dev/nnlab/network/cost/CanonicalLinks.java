package dev.nnlab.network.cost;

import dev.nnlab.core.activation.Activation;
import org.ejml.data.DMatrixRMaj;

/**
 * Recognises the logistic sigmoid and softmax by what they compute, not by their plugin names: the
 * activation's forward pass is compared with the exact function on fixed probe points (absolute
 * error below 1e-12; both functions' values lie in [0, 1], and an absolute bound also accepts
 * implementations such as ½(1 + tanh(z/2)) that lose relative precision in the far tail). So a third-party sigmoid gets the stable fused gradient too, and anything
 * else, however named, takes the generic path.
 */
public final class CanonicalLinks {

  private static final double[][] PROBE = {
    {-30, -4.5, -1, -0.25, 0, 0.3, 1.7, 5, 31},
    {2.5, -0.75, 0.1, 8, -3, 0.6, -12, 1e-3, 4}
  };
  private static final double TOLERANCE = 1e-12;

  private CanonicalLinks() {}

  /** Whether {@code activation} is σ(z) = 1/(1 + e^−z), element-wise. */
  public static boolean isLogistic(Activation activation) {
    DMatrixRMaj out = apply(activation);
    if (out == null) {
      return false;
    }
    for (int i = 0; i < out.numRows; i++) {
      for (int j = 0; j < out.numCols; j++) {
        if (!close(out.get(i, j), 1 / (1 + Math.exp(-PROBE[i][j])))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether {@code activation} is softmax over each row. */
  public static boolean isSoftmax(Activation activation) {
    DMatrixRMaj out = apply(activation);
    if (out == null) {
      return false;
    }
    for (int i = 0; i < out.numRows; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (double v : PROBE[i]) {
        max = Math.max(max, v);
      }
      double sum = 0;
      for (double v : PROBE[i]) {
        sum += Math.exp(v - max);
      }
      for (int j = 0; j < out.numCols; j++) {
        if (!close(out.get(i, j), Math.exp(PROBE[i][j] - max) / sum)) {
          return false;
        }
      }
    }
    return true;
  }

  private static DMatrixRMaj apply(Activation activation) {
    DMatrixRMaj z = new DMatrixRMaj(PROBE);
    DMatrixRMaj a = new DMatrixRMaj(z.numRows, z.numCols);
    try {
      activation.forward(z, a);
    } catch (RuntimeException refused) {
      return null;
    }
    return a;
  }

  private static boolean close(double actual, double expected) {
    return Math.abs(actual - expected) <= TOLERANCE;
  }
}
