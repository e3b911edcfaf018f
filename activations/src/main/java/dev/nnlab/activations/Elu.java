package dev.nnlab.activations;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;
import dev.nnlab.core.plugin.ParameterType;

/** z for z &gt; 0, alpha·(e^z − 1) otherwise (Clevert et al. 2015). */
final class Elu implements ElementwiseActivation {

  private final double alpha;
  private final double gain;
  private final Range range;

  /** @param alpha &gt; 0, the magnitude of the negative saturation */
  Elu(double alpha) {
    if (!(alpha > 0 && Double.isFinite(alpha))) {
      throw new IllegalArgumentException("elu alpha must be a finite number > 0, got " + alpha);
    }
    this.alpha = alpha;
    this.gain = SecondMomentGain.of(z -> value(alpha, z));
    this.range = new Range(-alpha, Double.POSITIVE_INFINITY);
  }

  static double value(double alpha, double z) {
    return z > 0 ? z : alpha * Math.expm1(z);
  }

  @Override
  public double value(double z) {
    return value(alpha, z);
  }

  /**
   * alpha·e^z for z &le; 0, written a + alpha to save an exponential on the hot path, as PyTorch
   * does; the absolute error stays at rounding level.
   */
  @Override
  public double derivative(double z, double a) {
    return z > 0 ? 1 : a + alpha;
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
    return "elu(alpha=" + ParameterType.format(alpha) + ")";
  }
}
