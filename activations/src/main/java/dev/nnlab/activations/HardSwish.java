package dev.nnlab.activations;

import dev.nnlab.core.activation.Range;

/**
 * z·relu6(z + 3)/6 (Howard et al. 2019, MobileNetV3): 0 for z &le; −3, z for z &ge; 3 and
 * z(z + 3)/6 between, a piecewise-polynomial stand-in for silu.
 */
final class HardSwish extends SecondMomentActivation {

  /** The minimum, −3/8 at z = −3/2. */
  private static final Range RANGE = new Range(-0.375, Double.POSITIVE_INFINITY);

  static final HardSwish INSTANCE = new HardSwish();

  private HardSwish() {
    super(HardSwish::hardSwish, RANGE, "hard-swish");
  }

  private static double hardSwish(double z) {
    if (z <= -3) {
      return 0;
    }
    return z >= 3 ? z : z * (z + 3) / 6;
  }

  @Override
  public double value(double z) {
    return hardSwish(z);
  }

  /**
   * 0 below −3, z/3 + 1/2 on [−3, 3], 1 above: PyTorch's hardswish_backward, including its values
   * at the corners (−1/2 at −3, 3/2 at 3).
   */
  @Override
  public double derivative(double z, double a) {
    if (z < -3) {
      return 0;
    }
    return z <= 3 ? z / 3 + 0.5 : 1;
  }
}
