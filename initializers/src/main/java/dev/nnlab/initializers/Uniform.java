package dev.nnlab.initializers;

import java.util.random.RandomGenerator;

/** U[low, high): every value in the half-open interval equally likely, as numpy's rand. */
record Uniform(double low, double high) implements SampledDistribution {

  Uniform {
    if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
      throw new IllegalArgumentException(
          "uniform needs finite low < high, got low=" + low + " and high=" + high);
    }
  }

  /** U[-bound, bound). */
  static Uniform symmetric(double bound) {
    return new Uniform(-bound, bound);
  }

  /** {@code nextDouble(low, high)} keeps the result below {@code high} even after rounding. */
  @Override
  public double sample(RandomGenerator random) {
    return random.nextDouble(low, high);
  }

  @Override
  public double mean() {
    return (low + high) / 2;
  }

  @Override
  public double variance() {
    double width = high - low;
    return width * width / 12;
  }

  @Override
  public double lower() {
    return low;
  }

  @Override
  public double upper() {
    return high;
  }

  @Override
  public double cdf(double x) {
    if (x <= low) {
      return 0;
    }
    return x >= high ? 1 : (x - low) / (high - low);
  }

  @Override
  public String toString() {
    return "U[" + Numbers.show(low) + ", " + Numbers.show(high) + ")";
  }
}
