package dev.nnlab.activations;

import dev.nnlab.core.activation.Range;

/** z·σ(z), the sigmoid-weighted linear unit (Elfwing et al.; "swish" with β = 1). */
final class Silu extends SecondMomentActivation {

  /** min over z ≈ −0.2784645 at z ≈ −1.2784645, rounded down. */
  private static final Range RANGE = new Range(-0.278464542761074, Double.POSITIVE_INFINITY);

  static final Silu INSTANCE = new Silu();

  private Silu() {
    super(Silu::silu, RANGE, "silu");
  }

  private static double silu(double z) {
    return z * Sigmoid.logistic(z);
  }

  @Override
  public double value(double z) {
    return silu(z);
  }

  /** σ(z)·(1 + z·(1 − σ(z))). */
  @Override
  public double derivative(double z, double a) {
    double s = Sigmoid.logistic(z);
    return s * (1 + z * (1 - s));
  }
}
