package dev.nnlab.core.init;

/**
 * The distribution an initializer declares for each value it draws independently, so that the
 * plugin conformance kit can test it (mean, variance, bounds and a Kolmogorov–Smirnov test).
 */
public interface ValueDistribution {

  double mean();

  double variance();

  /** The smallest value that can be drawn ({@code -Infinity} if unbounded). */
  double lower();

  /** The largest value that can be drawn ({@code +Infinity} if unbounded). */
  double upper();

  /** P(X &le; x). */
  double cdf(double x);
}
