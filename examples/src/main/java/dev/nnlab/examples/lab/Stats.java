package dev.nnlab.examples.lab;

import java.util.List;

/** Mean and sample standard deviation of a few numbers (one per seed). */
record Stats(double mean, double std, double min, double max) {

  static Stats of(List<Double> values) {
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double mean = sum / values.size();
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double std = values.size() > 1 ? Math.sqrt(squares / (values.size() - 1)) : 0;
    return new Stats(mean, std, min, max);
  }
}
