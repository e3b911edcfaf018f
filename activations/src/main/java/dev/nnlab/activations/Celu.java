package dev.nnlab.activations;

import dev.nnlab.core.activation.Range;
import dev.nnlab.core.plugin.ParameterType;

/**
 * Continuously differentiable ELU (Barron 2017): z for z &gt; 0, alpha·(e^(z/alpha) − 1) otherwise.
 * Unlike {@link Elu} its derivative is 1 on both sides of 0 for every alpha.
 */
final class Celu extends SecondMomentActivation {

  private final double alpha;

  private Celu(double alpha) {
    super(z -> value(alpha, z), new Range(-alpha, Double.POSITIVE_INFINITY),
        "celu(alpha=" + ParameterType.format(alpha) + ")");
    this.alpha = alpha;
  }

  /**
   * A factory, so that a bad alpha is reported before the gain integral is computed from it.
   *
   * @param alpha &gt; 0, the magnitude of the negative saturation and the scale of z
   */
  static Celu of(double alpha) {
    if (!(alpha > 0 && Double.isFinite(alpha))) {
      throw new IllegalArgumentException("celu alpha must be a finite number > 0, got " + alpha);
    }
    return new Celu(alpha);
  }

  static double value(double alpha, double z) {
    return z > 0 ? z : alpha * Math.expm1(z / alpha);
  }

  @Override
  public double value(double z) {
    return value(alpha, z);
  }

  /** e^(z/alpha) for z &le; 0 (1 at 0, as PyTorch), from the exponential rather than the output. */
  @Override
  public double derivative(double z, double a) {
    return z > 0 ? 1 : Math.exp(z / alpha);
  }
}
