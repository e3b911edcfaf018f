package dev.nnlab.tck.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.init.ValueDistribution;
import org.junit.jupiter.api.Test;

class ValueDistributionAdapterTest {

  /** U[2, 6). */
  private static final ValueDistribution UNIFORM = new ValueDistribution() {
    @Override
    public double mean() {
      return 4;
    }

    @Override
    public double variance() {
      return 16.0 / 12;
    }

    @Override
    public double lower() {
      return 2;
    }

    @Override
    public double upper() {
      return 6;
    }

    @Override
    public double cdf(double x) {
      return Math.min(1, Math.max(0, (x - 2) / 4));
    }
  };

  @Test
  void passesTheDeclaredQuantitiesThrough() {
    ValueDistributionAdapter adapter = new ValueDistributionAdapter(UNIFORM);
    assertThat(adapter.cumulativeProbability(3)).isEqualTo(0.25);
    assertThat(adapter.getNumericalMean()).isEqualTo(4);
    assertThat(adapter.getNumericalVariance()).isEqualTo(16.0 / 12);
    assertThat(adapter.getSupportLowerBound()).isEqualTo(2);
    assertThat(adapter.getSupportUpperBound()).isEqualTo(6);
    assertThat(adapter.isSupportConnected()).isTrue();
  }

  @Test
  void densityIsTheSlopeOfTheCdf() {
    ValueDistributionAdapter adapter = new ValueDistributionAdapter(UNIFORM);
    assertThat(adapter.density(4)).isCloseTo(0.25, within(1e-6));
    assertThat(adapter.density(10)).isZero();
  }

  @Test
  void inverseCdfComesFromHipparchusSolver() {
    assertThat(new ValueDistributionAdapter(UNIFORM).inverseCumulativeProbability(0.5))
        .isCloseTo(4, within(1e-6));
  }
}
