package dev.nnlab.activations;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;

/** clip(slope·z + 1/2, 0, 1), the slope given by a {@link HardSigmoidConvention}. */
final class HardSigmoid implements ElementwiseActivation {

  private static final Range RANGE = new Range(0, 1);

  private final HardSigmoidConvention convention;
  private final double slope;
  private final double saturation;
  private final double gain;

  HardSigmoid(HardSigmoidConvention convention) {
    this.convention = convention;
    this.slope = convention.slope;
    this.saturation = convention.saturation();
    double s = slope;
    this.gain = SecondMomentGain.of(z -> Math.min(1, Math.max(0, s * z + 0.5)));
  }

  @Override
  public double value(double z) {
    return Math.min(1, Math.max(0, slope * z + 0.5));
  }

  /** slope strictly inside the linear part, 0 at and beyond the corners (as PyTorch). */
  @Override
  public double derivative(double z, double a) {
    return Math.abs(z) < saturation ? slope : 0;
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
    return "hard-sigmoid(convention=" + convention.word() + ")";
  }
}
