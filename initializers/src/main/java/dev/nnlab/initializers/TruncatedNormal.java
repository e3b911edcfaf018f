package dev.nnlab.initializers;

import java.util.random.RandomGenerator;

/**
 * N(mean, std²) conditioned on [low, high], with <b>absolute</b> cut-offs (PyTorch's
 * {@code trunc_normal_} convention). Drawn by inversion, one {@code nextDouble()} per value: u is
 * uniform between Φ(α) and Φ(β), α and β the standardised cut-offs, and the value is
 * mean + std·Φ⁻¹(u). An interval above the mean is sampled as its mirror image below it, where Φ
 * keeps full relative precision, so even [3σ, 10σ] is drawn exactly.
 */
record TruncatedNormal(double mean, double std, double low, double high)
    implements SampledDistribution {

  TruncatedNormal {
    if (!Double.isFinite(mean) || !(std > 0) || !Double.isFinite(std)) {
      throw new IllegalArgumentException(
          "truncated normal needs a finite mean and a finite std > 0, got mean=" + mean
              + " and std=" + std);
    }
    if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
      throw new IllegalArgumentException(
          "truncated normal needs finite cut-offs with low < high, got low=" + low + " and high="
              + high);
    }
    double alpha = (low - mean) / std;
    double beta = (high - mean) / std;
    if (!(mass(alpha, beta) > 0)) {
      throw new IllegalArgumentException(
          "truncated normal interval [" + low + ", " + high + "] lies so far from mean " + mean
              + " (std " + std + ") that it has no probability in double precision; expected"
              + " cut-offs within about 37 std of the mean");
    }
  }

  private static boolean mirrored(double alpha, double beta) {
    return alpha + beta > 0;
  }

  private double alpha() {
    return (low - mean) / std;
  }

  private double beta() {
    return (high - mean) / std;
  }

  @Override
  public double sample(RandomGenerator random) {
    double alpha = alpha();
    double beta = beta();
    boolean mirror = mirrored(alpha, beta);
    double a = mirror ? -beta : alpha;
    double b = mirror ? -alpha : beta;
    double pa = NormalMath.cdf(a);
    double pb = NormalMath.cdf(b);
    double z = NormalMath.inverseCdf(pa + random.nextDouble() * (pb - pa));
    z = Math.min(Math.max(z, a), b);
    double value = mean + std * (mirror ? -z : z);
    return Math.min(Math.max(value, low), high);
  }

  private double mass() {
    return mass(alpha(), beta());
  }

  /** Φ(β) - Φ(α), computed on the side of the mean where it does not cancel. */
  private static double mass(double alpha, double beta) {
    return mirrored(alpha, beta)
        ? NormalMath.cdf(-alpha) - NormalMath.cdf(-beta)
        : NormalMath.cdf(beta) - NormalMath.cdf(alpha);
  }

  @Override
  public double mean() {
    double shift = (NormalMath.pdf(alpha()) - NormalMath.pdf(beta())) / mass();
    return mean + std * shift;
  }

  @Override
  public double variance() {
    double alpha = alpha();
    double beta = beta();
    double z = mass();
    double shift = (NormalMath.pdf(alpha) - NormalMath.pdf(beta)) / z;
    double spread = (alpha * NormalMath.pdf(alpha) - beta * NormalMath.pdf(beta)) / z;
    return std * std * (1 + spread - shift * shift);
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
    if (x >= high) {
      return 1;
    }
    double xi = (x - mean) / std;
    double alpha = alpha();
    double beta = beta();
    double below = mirrored(alpha, beta)
        ? NormalMath.cdf(-alpha) - NormalMath.cdf(-xi)
        : NormalMath.cdf(xi) - NormalMath.cdf(alpha);
    return below / mass();
  }

  @Override
  public String toString() {
    return "TN(" + Numbers.show(mean) + ", " + Numbers.show(std) + "², [" + Numbers.show(low)
        + ", " + Numbers.show(high) + "])";
  }
}
