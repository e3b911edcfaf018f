package dev.nnlab.activations;

import dev.nnlab.core.activation.Range;
import dev.nnlab.core.plugin.ParameterType;

/** z for z &gt; 0, alpha·(e^z − 1) otherwise (Clevert et al. 2015). */
final class Elu extends SecondMomentActivation {

  private final double alpha;

  private Elu(double alpha) {
    super(z -> value(alpha, z), new Range(-alpha, Double.POSITIVE_INFINITY),
        "elu(alpha=" + ParameterType.format(alpha) + ")");
    this.alpha = alpha;
  }

  /**
   * A factory, not a constructor, so that a bad alpha is reported before the gain integral and
   * the range are computed from it.
   *
   * @param alpha &gt; 0, the magnitude of the negative saturation
   */
  static Elu of(double alpha) {
    if (!(alpha > 0 && Double.isFinite(alpha))) {
      throw new IllegalArgumentException("elu alpha must be a finite number > 0, got " + alpha);
    }
    return new Elu(alpha);
  }

  static double value(double alpha, double z) {
    return z > 0 ? z : alpha * Math.expm1(z);
  }

  @Override
  public double value(double z) {
    return value(alpha, z);
  }

  /**
   * alpha·e^z for z &le; 0. Not a + alpha, which saves an exponential but cancels: alpha·(e^z − 1)
   * + alpha loses e^z to rounding, a relative error of 1.7e-4 at z = −30 and 0 below about −37.
   */
  @Override
  public double derivative(double z, double a) {
    return z > 0 ? 1 : alpha * Math.exp(z);
  }
}
