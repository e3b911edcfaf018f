package dev.nnlab.network.diagnostics;

/**
 * One output channel (feature map) of a layer with a spatial output, such as a convolution's
 * filter, measured on the probe batch. Its positions share the filter's weights and bias, so a
 * channel is the unit that learns or does not: it is dead only when f′(z) = 0 at every position for
 * every sample, and then its filter gets no gradient at all.
 *
 * @param channel the channel's number, from 1 (as layers are numbered)
 * @param kind which measure is the meaningful one for the layer's activation
 * @param saturatedFraction the share of (sample, position) pairs with |f′(z)| below
 *     {@link Diagnostics#SATURATION_THRESHOLD} times the activation's peak |f′|
 * @param deadPositionFraction the share of the channel's positions where f′(z) = 0 for every
 *     sample (an empty image border often is; the channel still learns from the others)
 * @param meanZ the mean of z over the channel's (sample, position) pairs
 * @param stdZ their standard deviation
 */
public record ChannelSaturation(
    int channel, Saturation.Kind kind, double saturatedFraction, double deadPositionFraction, double meanZ,
    double stdZ) {

  /** Whether no position passes gradient for any sample: the filter cannot learn. */
  public boolean dead() {
    return deadPositionFraction == 1;
  }

  /** The measure that matters for this activation: the saturated or the dead-position share, or NaN. */
  public double fraction() {
    return switch (kind) {
      case SATURATING -> saturatedFraction;
      case DYING -> deadPositionFraction;
      case NOT_APPLICABLE -> Double.NaN;
    };
  }
}
