package dev.nnlab.activations;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;
import dev.nnlab.core.plugin.ParameterType;

/** clip(z, low, high); PyTorch's Hardtanh(min_val, max_val), by default [−1, 1]. */
final class HardTanh implements ElementwiseActivation {

  private final double low;
  private final double high;
  private final double gain;
  private final Range range;

  HardTanh(double low, double high) {
    if (!(low < high)) {
      throw new IllegalArgumentException(
          "hard-tanh needs low < high, got low=" + ParameterType.format(low) + " and high="
              + ParameterType.format(high));
    }
    this.low = low;
    this.high = high;
    this.gain = SecondMomentGain.of(z -> Math.min(high, Math.max(low, z)));
    this.range = new Range(low, high);
  }

  @Override
  public double value(double z) {
    return Math.min(high, Math.max(low, z));
  }

  /** 1 strictly inside (low, high), 0 at and beyond the ends (as PyTorch). */
  @Override
  public double derivative(double z, double a) {
    return z > low && z < high ? 1 : 0;
  }

  /** No PyTorch value: the second-moment rule of {@link SecondMomentGain}. */
  @Override
  public double gain() {
    return gain;
  }

  @Override
  public Range range() {
    return range;
  }

  @Override
  public String toString() {
    return "hard-tanh(low=" + ParameterType.format(low) + ", high=" + ParameterType.format(high) + ")";
  }
}
