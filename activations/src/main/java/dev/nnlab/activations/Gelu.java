package dev.nnlab.activations;

import dev.nnlab.core.activation.Range;

/**
 * The exact Gaussian error linear unit z·Φ(z) (Hendrycks &amp; Gimpel 2016), Φ the standard normal
 * CDF computed through {@link ErrorFunction} so that it stays accurate relative to itself for
 * negative z. PyTorch's {@code gelu(approximate='none')}.
 */
final class Gelu extends SecondMomentActivation {

  /** min over z of z·Φ(z) ≈ −0.1699712 at z ≈ −0.7517915, rounded down. */
  private static final Range RANGE = new Range(-0.169971207479904, Double.POSITIVE_INFINITY);

  static final Gelu INSTANCE = new Gelu();

  private static final double INV_SQRT_2 = 0.7071067811865476;
  private static final double INV_SQRT_2PI = 0.3989422804014327;

  private Gelu() {
    super(Gelu::gelu, RANGE, "gelu(approximate=none)");
  }

  /** Φ(z) = erfc(−z/√2)/2, taken from the side where it is not 1 − (something tiny). */
  static double normalCdf(double z) {
    return z < 0
        ? 0.5 * ErrorFunction.erfc(-z * INV_SQRT_2)
        : 1 - 0.5 * ErrorFunction.erfc(z * INV_SQRT_2);
  }

  private static double gelu(double z) {
    return z * normalCdf(z);
  }

  @Override
  public double value(double z) {
    return gelu(z);
  }

  /** Φ(z) + z·φ(z). */
  @Override
  public double derivative(double z, double a) {
    return normalCdf(z) + z * INV_SQRT_2PI * ErrorFunction.expMinusSquare(z * INV_SQRT_2);
  }
}
