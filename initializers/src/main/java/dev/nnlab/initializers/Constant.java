package dev.nnlab.initializers;

import java.util.random.RandomGenerator;

/** Every value equal to {@code value}; draws nothing from the generator. */
record Constant(double value) implements SampledDistribution {

  Constant {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("constant must be finite, got " + value);
    }
  }

  @Override
  public double sample(RandomGenerator random) {
    return value;
  }

  @Override
  public double mean() {
    return value;
  }

  @Override
  public double variance() {
    return 0;
  }

  @Override
  public double lower() {
    return value;
  }

  @Override
  public double upper() {
    return value;
  }

  @Override
  public double cdf(double x) {
    return x >= value ? 1 : 0;
  }

  @Override
  public String toString() {
    return Numbers.show(value) + " everywhere";
  }
}
