package dev.nnlab.activations;

import dev.nnlab.core.activation.Range;

/** z / (1 + |z|): tanh-shaped but approaching ±1 polynomially, not exponentially. */
final class Softsign extends SecondMomentActivation {

  static final Softsign INSTANCE = new Softsign();

  private Softsign() {
    super(Softsign::softsign, new Range(-1, 1), "softsign");
  }

  private static double softsign(double z) {
    return z / (1 + Math.abs(z));
  }

  @Override
  public double value(double z) {
    return softsign(z);
  }

  /** 1 / (1 + |z|)². */
  @Override
  public double derivative(double z, double a) {
    double d = 1 + Math.abs(z);
    return 1 / (d * d);
  }
}
