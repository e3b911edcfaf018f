package dev.nnlab.activations;

import dev.nnlab.core.activation.Range;

/**
 * z·tanh(softplus(z)) (Misra 2019). Softplus is the stable form of {@link Softplus}, so large z
 * neither overflows nor loses the tiny values of very negative z.
 */
final class Mish extends SecondMomentActivation {

  /** min over z ≈ −0.3088434130172504 at z ≈ −1.1924312145154952, rounded down. */
  private static final Range RANGE = new Range(-0.308843413017251, Double.POSITIVE_INFINITY);

  static final Mish INSTANCE = new Mish();

  private Mish() {
    super(Mish::mish, RANGE, "mish");
  }

  private static double mish(double z) {
    return z * Math.tanh(Softplus.softplus(z));
  }

  @Override
  public double value(double z) {
    return mish(z);
  }

  /**
   * tanh(sp) + z·σ(z)·sech²(sp) with sp = softplus(z), as PyTorch's mish_backward. sech² is taken
   * as 1/cosh², not 1 − tanh², which would lose its small values for large z.
   */
  @Override
  public double derivative(double z, double a) {
    double sp = Softplus.softplus(z);
    double sech = 1 / Math.cosh(sp);
    return Math.tanh(sp) + z * Sigmoid.logistic(z) * sech * sech;
  }
}
