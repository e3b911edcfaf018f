package dev.nnlab.activations;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;
import org.ejml.data.DMatrixRMaj;

/**
 * The logistic sigmoid 1/(1+e^-z), Nielsen's activation. Forward and backward run their own loops
 * (no call through the interface per entry) because this is the activation of the seed network.
 */
final class Sigmoid implements ElementwiseActivation {

  static final Sigmoid INSTANCE = new Sigmoid();

  private static final Range RANGE = new Range(0, 1);

  private Sigmoid() {}

  /**
   * 1/(1+e^-z) on the branch where the exponential cannot overflow: for z &lt; 0 it is written
   * e^z/(1+e^z), so z = -1e4 gives 0 rather than 1/(1+Inf) by way of an overflow.
   */
  static double logistic(double z) {
    if (z >= 0) {
      return 1 / (1 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1 + e);
  }

  @Override
  public double value(double z) {
    return logistic(z);
  }

  @Override
  public double derivative(double z, double a) {
    return a * (1 - a);
  }

  @Override
  public void forward(DMatrixRMaj z, DMatrixRMaj a) {
    double[] in = z.data;
    double[] out = a.data;
    int n = z.getNumElements();
    for (int i = 0; i < n; i++) {
      out[i] = logistic(in[i]);
    }
  }

  @Override
  public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
    double[] as = a.data;
    double[] ga = gradA.data;
    double[] gz = gradZ.data;
    int n = z.getNumElements();
    for (int i = 0; i < n; i++) {
      double ai = as[i];
      gz[i] = ga[i] * (ai * (1 - ai));
    }
  }

  /** PyTorch's calculate_gain('sigmoid'). */
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
    return "sigmoid";
  }
}
