package dev.nnlab.activations;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;
import dev.nnlab.core.plugin.ParameterType;

/** z for z &gt; 0, slope·z otherwise. */
final class LeakyRelu implements ElementwiseActivation {

  private final double slope;
  private final Range range;

  /** @param slope in [0, 1] */
  LeakyRelu(double slope) {
    if (!(slope >= 0 && slope <= 1)) {
      throw new IllegalArgumentException("leaky-relu slope must be in [0, 1], got " + slope);
    }
    this.slope = slope;
    this.range = slope == 0 ? new Range(0, Double.POSITIVE_INFINITY) : Range.REAL;
  }

  @Override
  public double value(double z) {
    return z > 0 ? z : slope * z;
  }

  @Override
  public double derivative(double z, double a) {
    return z > 0 ? 1 : slope;
  }

  /** PyTorch's calculate_gain('leaky_relu', slope) = sqrt(2 / (1 + slope^2)). */
  @Override
  public double gain() {
    return Math.sqrt(2 / (1 + slope * slope));
  }

  @Override
  public Range range() {
    return range;
  }

  @Override
  public String toString() {
    return "leaky-relu(slope=" + ParameterType.format(slope) + ")";
  }
}
