package dev.nnlab.activations;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;

/** The hyperbolic tangent; {@link Math#tanh} saturates to ±1 without overflow. */
final class Tanh implements ElementwiseActivation {

  static final Tanh INSTANCE = new Tanh();

  private static final Range RANGE = new Range(-1, 1);

  private Tanh() {}

  @Override
  public double value(double z) {
    return Math.tanh(z);
  }

  @Override
  public double derivative(double z, double a) {
    return 1 - a * a;
  }

  /** PyTorch's calculate_gain('tanh') = 5/3. */
  @Override
  public double gain() {
    return 5.0 / 3.0;
  }

  @Override
  public Range range() {
    return RANGE;
  }

  @Override
  public String toString() {
    return "tanh";
  }
}
