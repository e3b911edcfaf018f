package dev.nnlab.tck.stat;

/**
 * The moments of a sample and the standard errors of its mean and variance, for tolerances that
 * are statistically justified rather than guessed.
 *
 * @param count the number of values, at least 2
 * @param mean the sample mean
 * @param variance the unbiased sample variance
 * @param fourthCentralMoment the sample's fourth central moment (biased, 1/n)
 */
public record SampleMoments(int count, double mean, double variance, double fourthCentralMoment) {

  /** Two passes over {@code values}, so large means do not cancel the variance. */
  public static SampleMoments of(double[] values) {
    int n = values.length;
    if (n < 2) {
      throw new IllegalArgumentException("moments need at least 2 values, got " + n);
    }
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    double mean = sum / n;
    double squares = 0;
    double fourths = 0;
    for (double value : values) {
      double d = value - mean;
      double d2 = d * d;
      squares += d2;
      fourths += d2 * d2;
    }
    return new SampleMoments(n, mean, squares / (n - 1), fourths / n);
  }

  /** The standard error of the mean when the values have variance {@code variance}: sqrt(σ²/n). */
  public double standardErrorOfMean(double variance) {
    return Math.sqrt(variance / count);
  }

  /**
   * The standard error of the sample variance, sqrt((μ₄ − σ⁴)/n) to first order, with μ₄ and σ⁴
   * estimated from the sample (consistent for any distribution with a finite fourth moment, where a
   * normal-only formula 2σ⁴/(n−1) would be wrong for uniform or truncated values).
   */
  public double standardErrorOfVariance() {
    return Math.sqrt(Math.max(fourthCentralMoment - variance * variance, 0) / count);
  }
}
