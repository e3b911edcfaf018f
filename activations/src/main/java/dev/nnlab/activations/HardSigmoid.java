package dev.nnlab.activations;

import dev.nnlab.core.activation.Range;

/** clip(slope·z + 1/2, 0, 1), the slope given by a {@link HardSigmoidConvention}. */
final class HardSigmoid extends SecondMomentActivation {

  private final double slope;
  private final double saturation;

  HardSigmoid(HardSigmoidConvention convention) {
    super(z -> hardSigmoid(convention.slope, z), new Range(0, 1),
        "hard-sigmoid(convention=" + convention.word() + ")");
    this.slope = convention.slope;
    this.saturation = convention.saturation();
  }

  private static double hardSigmoid(double slope, double z) {
    return Math.min(1, Math.max(0, slope * z + 0.5));
  }

  @Override
  public double value(double z) {
    return hardSigmoid(slope, z);
  }

  /** slope strictly inside the linear part, 0 at and beyond the corners (as PyTorch). */
  @Override
  public double derivative(double z, double a) {
    return Math.abs(z) < saturation ? slope : 0;
  }
}
