package dev.nnlab.activations;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;

/**
 * Scaled ELU (Klambauer et al. 2017): scale·z for z &gt; 0, scale·alpha·(e^z − 1) otherwise, with
 * the paper's constants that make N(0, 1) a fixed point of the layer map.
 */
final class Selu implements ElementwiseActivation {

  static final Selu INSTANCE = new Selu();

  static final double ALPHA = 1.6732632423543772848170429916717;
  static final double SCALE = 1.0507009873554804934193349852946;

  private static final Range RANGE = new Range(-SCALE * ALPHA, Double.POSITIVE_INFINITY);

  private Selu() {}

  @Override
  public double value(double z) {
    return z > 0 ? SCALE * z : SCALE * (ALPHA * Math.expm1(z));
  }

  /**
   * scale·alpha·e^z for z &le; 0, computed from e^z rather than as a + scale·alpha, which cancels
   * for very negative z (see {@link Elu#derivative}).
   */
  @Override
  public double derivative(double z, double a) {
    return z > 0 ? SCALE : SCALE * ALPHA * Math.exp(z);
  }

  /** PyTorch's calculate_gain('selu') = 3/4 (the second-moment rule would give 1). */
  @Override
  public double gain() {
    return 0.75;
  }

  @Override
  public Range range() {
    return RANGE;
  }

  @Override
  public String toString() {
    return "selu";
  }
}
