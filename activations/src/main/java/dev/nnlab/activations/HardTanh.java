package dev.nnlab.activations;

import dev.nnlab.core.activation.Range;
import dev.nnlab.core.plugin.ParameterType;

/** clip(z, low, high); PyTorch's Hardtanh(min_val, max_val), by default [−1, 1]. */
final class HardTanh extends SecondMomentActivation {

  private final double low;
  private final double high;

  private HardTanh(double low, double high) {
    super(z -> Math.min(high, Math.max(low, z)), new Range(low, high),
        "hard-tanh(low=" + ParameterType.format(low) + ", high=" + ParameterType.format(high) + ")");
    this.low = low;
    this.high = high;
  }

  /** A factory, not a constructor, so that low &ge; high gets this message, not the range's. */
  static HardTanh of(double low, double high) {
    if (!(low < high)) {
      throw new IllegalArgumentException(
          "hard-tanh needs low < high, got low=" + ParameterType.format(low) + " and high="
              + ParameterType.format(high));
    }
    return new HardTanh(low, high);
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
}
