package dev.nnlab.tck.stat;

import dev.nnlab.core.init.ValueDistribution;
import org.hipparchus.distribution.continuous.AbstractRealDistribution;

/**
 * Presents an initializer's declared {@link ValueDistribution} as a Hipparchus distribution, so that
 * Hipparchus's Kolmogorov–Smirnov test can use its cdf. The declared contract has no density; this
 * adapter gives a central difference of the cdf, which the Kolmogorov–Smirnov test never calls.
 */
public final class ValueDistributionAdapter extends AbstractRealDistribution {

  private static final long serialVersionUID = 1L;

  private final transient ValueDistribution declared;

  public ValueDistributionAdapter(ValueDistribution declared) {
    this.declared = declared;
  }

  @Override
  public double cumulativeProbability(double x) {
    return declared.cdf(x);
  }

  @Override
  public double density(double x) {
    double h = 1e-6 * Math.max(Math.sqrt(declared.variance()), Math.ulp(x) * 1e6);
    return (declared.cdf(x + h) - declared.cdf(x - h)) / (2 * h);
  }

  @Override
  public double getNumericalMean() {
    return declared.mean();
  }

  @Override
  public double getNumericalVariance() {
    return declared.variance();
  }

  @Override
  public double getSupportLowerBound() {
    return declared.lower();
  }

  @Override
  public double getSupportUpperBound() {
    return declared.upper();
  }

  @Override
  public boolean isSupportConnected() {
    return true;
  }
}
