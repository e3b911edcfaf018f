package dev.nnlab.activations;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;

/**
 * ln(1 + e^z), evaluated as log1p(e^−|z|) + max(z, 0), which neither overflows for large z nor
 * loses the tiny values for very negative z.
 */
final class Softplus implements ElementwiseActivation {

  static final Softplus INSTANCE = new Softplus();

  private static final Range RANGE = new Range(0, Double.POSITIVE_INFINITY);

  private final double gain = SecondMomentGain.of(Softplus::softplus);

  private Softplus() {}

  private static double softplus(double z) {
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
    return "softplus";
  }
}
