package dev.nnlab.activations;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;

/** max(0, z). The derivative at 0 is taken as 0, as in PyTorch. */
final class Relu implements ElementwiseActivation {

  static final Relu INSTANCE = new Relu();

  private static final Range RANGE = new Range(0, Double.POSITIVE_INFINITY);

  private Relu() {}

  @Override
  public double value(double z) {
    return Math.max(0, z); // Math.max keeps NaN visible to diagnostics
  }

  @Override
  public double derivative(double z, double a) {
    return z > 0 ? 1 : 0;
  }

  /** PyTorch's calculate_gain('relu') = sqrt(2). */
  @Override
  public double gain() {
    return Math.sqrt(2);
  }

  @Override
  public Range range() {
    return RANGE;
  }

  @Override
  public String toString() {
    return "relu";
  }
}
