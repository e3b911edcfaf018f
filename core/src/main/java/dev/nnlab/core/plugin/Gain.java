package dev.nnlab.core.plugin;

/**
 * A resolved initialisation gain.
 *
 * @param value the multiplier applied to an initializer's standard deviation or bound
 * @param source how the user wrote it: a number, or the activation spec it was taken from
 */
public record Gain(double value, String source) {

  @Override
  public String toString() {
    return source;
  }
}
