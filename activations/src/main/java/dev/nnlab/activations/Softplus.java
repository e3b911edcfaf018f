package dev.nnlab.activations;

import dev.nnlab.core.activation.Range;

/**
 * ln(1 + e^z), evaluated as log1p(e^−|z|) + max(z, 0), which neither overflows for large z nor
 * loses the tiny values for very negative z.
 */
final class Softplus extends SecondMomentActivation {

  static final Softplus INSTANCE = new Softplus();

  private Softplus() {
    super(Softplus::softplus, new Range(0, Double.POSITIVE_INFINITY), "softplus");
  }

  static double softplus(double z) {
    return Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0);
  }

  @Override
  public double value(double z) {
    return softplus(z);
  }

  /** σ(z). */
  @Override
  public double derivative(double z, double a) {
    return Sigmoid.logistic(z);
  }
}
