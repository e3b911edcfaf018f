package dev.nnlab.initializers;

import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;

/**
 * The {@code low} and {@code high} parameters of a bounded law (uniform, truncated normal), read
 * together so that both plugins reject an empty interval with the same message.
 */
record Interval(double low, double high) {

  static Interval from(Parameters parameters) {
    double low = parameters.real("low");
    double high = parameters.real("high");
    if (!(low < high)) {
      throw new IllegalArgumentException(
          "low must be below high, got low=" + ParameterType.format(low) + " and high="
              + ParameterType.format(high));
    }
    return new Interval(low, high);
  }
}
