package dev.nnlab.initializers;

import java.util.random.RandomGenerator;

/** N(mean, std²), drawn with the generator's {@code nextGaussian()}. */
record Normal(double mean, double std) implements SampledDistribution {

  Normal {
    if (!Double.isFinite(mean)) {
      throw new IllegalArgumentException("normal mean must be finite, got " + mean);
    }
    if (!(std > 0) || !Double.isFinite(std)) {
      throw new IllegalArgumentException("normal std must be finite and > 0, got " + std);
    }
  }

  @Override
  public double sample(RandomGenerator random) {
    return mean + std * random.nextGaussian();
  }

  @Override
  public double variance() {
    return std * std;
  }

  @Override
  public double lower() {
    return Double.NEGATIVE_INFINITY;
  }

  @Override
  public double upper() {
    return Double.POSITIVE_INFINITY;
  }

  @Override
  public double cdf(double x) {
    return NormalMath.cdf((x - mean) / std);
  }

  /** {@code N(0, 0.04957²)}: the mean and the standard deviation, squared to read as variance. */
  @Override
  public String toString() {
    return "N(" + Numbers.show(mean) + ", " + Numbers.show(std) + "²)";
  }
}
