package dev.nnlab.network.diagnostics;

/**
 * Mean, population standard deviation and extremes of a set of values.
 */
public record Summary(double mean, double std, double min, double max) {

  /** Of the first {@code n} entries of {@code values}. */
  public static Summary of(double[] values, int n) {
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      sum += values[i];
      min = Math.min(min, values[i]);
      max = Math.max(max, values[i]);
    }
    double mean = sum / n;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double d = values[i] - mean;
      squares += d * d;
    }
    return new Summary(mean, Math.sqrt(squares / n), min, max);
  }
}
