package dev.nnlab.activations;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;

/** z / (1 + |z|): tanh-shaped but approaching ±1 polynomially, not exponentially. */
final class Softsign implements ElementwiseActivation {

  static final Softsign INSTANCE = new Softsign();

  private static final Range RANGE = new Range(-1, 1);

  private final double gain = SecondMomentGain.of(Softsign::softsign);

  private Softsign() {}

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

  /** No PyTorch value: the second-moment rule of {@link SecondMomentGain}. */
  @Override
  public double gain() {
    return gain;
  }

  @Override
  public Range range() {
    return RANGE;
  }

  @Override
  public String toString() {
    return "softsign";
  }
}
