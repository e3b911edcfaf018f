package dev.nnlab.network.diagnostics;

/**
 * How many units of a layer have stopped passing gradient on the probe batch.
 *
 * @param kind which measure is the meaningful one for this activation
 * @param saturatedFraction the fraction of (sample, unit) pairs with |f′(z)| below
 *     {@link Diagnostics#SATURATION_THRESHOLD} times the activation's peak |f′|
 * @param deadFraction the fraction of units whose f′(z) is exactly 0 for every sample; the units of
 *     a layer with a spatial output are its channels, dead when f′(z) = 0 at every position
 */
public record Saturation(Kind kind, double saturatedFraction, double deadFraction) {

  /** Which measure applies. */
  public enum Kind {
    /** Bounded output (sigmoid, tanh): units saturate at either end; read saturatedFraction. */
    SATURATING,
    /** Unbounded output (ReLU family): units die with zero derivative; read deadFraction. */
    DYING,
    /** Not element-wise (softmax): neither measure is defined; both are NaN. */
    NOT_APPLICABLE
  }

  /** The measure that matters for this activation: saturated, dead, or NaN. */
  public double fraction() {
    return switch (kind) {
      case SATURATING -> saturatedFraction;
      case DYING -> deadFraction;
      case NOT_APPLICABLE -> Double.NaN;
    };
  }
}
