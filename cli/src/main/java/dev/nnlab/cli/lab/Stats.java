package dev.nnlab.cli.lab;

import java.util.List;

/**
 * Mean, sample standard deviation, minimum and maximum: of a few numbers in a comparison (one per
 * seed), or of an initializer's drawn values in {@code nnlab sample}.
 */
public record Stats(double mean, double std, double min, double max) {

  static Stats of(List<Double> values) {
    return of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Two passes, so the deviations are taken from the finished mean; std is 0 for one value. */
  public static Stats of(double[] values) {
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double mean = sum / values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double std = values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0;
    return new Stats(mean, std, min, max);
  }
}
