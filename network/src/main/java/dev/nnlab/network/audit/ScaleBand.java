package dev.nnlab.network.audit;

import dev.nnlab.core.init.Fan;

/**
 * The weight variances an activation of gain g asks for in a layer of a given fan: from LeCun/He's
 * forward-preserving g²/fan_in to Glorot's compromise g²·2/(fan_in + fan_out), whichever order they
 * come in. An initializer whose second moment E[w²] lies in the band keeps the signal's scale; one
 * a factor 2 outside it (He's 2/n with a gain-1 sigmoid, Xavier's 1/n with ReLU's gain √2 in a
 * square layer) halves or doubles the signal's variance at every layer.
 *
 * @param gain the activation's recommended gain
 * @param lower the smaller of the two target variances
 * @param upper the larger
 */
public record ScaleBand(double gain, double lower, double upper) {

  public static ScaleBand of(double gain, Fan fan) {
    double forward = gain * gain / fan.in();
    double glorot = gain * gain * 2.0 / (fan.in() + fan.out());
    return new ScaleBand(gain, Math.min(forward, glorot), Math.max(forward, glorot));
  }

  /**
   * How far {@code secondMoment} lies outside the band: 1 inside it, above 1 by how many times it
   * exceeds the upper edge, below 1 by how many times it falls short of the lower edge.
   */
  public double ratio(double secondMoment) {
    if (secondMoment > upper) {
      return secondMoment / upper;
    }
    if (secondMoment < lower) {
      return secondMoment / lower;
    }
    return 1;
  }
}
