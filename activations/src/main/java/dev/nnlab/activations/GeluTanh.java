package dev.nnlab.activations;

import dev.nnlab.core.activation.Range;

/**
 * The tanh approximation of GELU, 0.5·z·(1 + tanh(u)) with u = √(2/π)·(z + 0.044715·z³), as in
 * BERT, GPT-2 and PyTorch's {@code gelu(approximate='tanh')}. Evaluated as the equal z·σ(2u),
 * which avoids the cancellation in 1 + tanh(u) for negative z and cannot overflow.
 */
final class GeluTanh extends SecondMomentActivation {

  /** min over z ≈ −0.1700408 at z ≈ −0.7524614, rounded down. */
  private static final Range RANGE = new Range(-0.170040750571255, Double.POSITIVE_INFINITY);

  static final GeluTanh INSTANCE = new GeluTanh();

  private static final double SQRT_2_OVER_PI = 0.7978845608028654;
  private static final double CUBIC = 0.044715;
  /** Beyond this |z| the gate σ(2u) is exactly 0 or 1 in double precision. */
  private static final double SATURATED = 30;

  private GeluTanh() {
    super(GeluTanh::gelu, RANGE, "gelu(approximate=tanh)");
  }

  private static double gate(double z) {
    return Sigmoid.logistic(2 * SQRT_2_OVER_PI * (z + CUBIC * z * z * z));
  }

  private static double gelu(double z) {
    return z * gate(z);
  }

  @Override
  public double value(double z) {
    return gelu(z);
  }

  /** σ(2u) + z·σ(2u)(1 − σ(2u))·2u'(z); outside ±30 exactly 1 or 0, so z³ cannot overflow. */
  @Override
  public double derivative(double z, double a) {
    if (Math.abs(z) > SATURATED) {
      return z > 0 ? 1 : 0;
    }
    double s = gate(z);
    double du = 2 * SQRT_2_OVER_PI * (1 + 3 * CUBIC * z * z);
    return s + z * s * (1 - s) * du;
  }
}
