package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TruncatedNormalTest {

  @Test
  void standardNormalCutAtTwoSigmaHasKerasStd() {
    TruncatedNormal d = new TruncatedNormal(0, 1, -2, 2);
    assertThat(Math.sqrt(d.variance())).isCloseTo(VarianceScalingProvider.TRUNCATED_STD, within(1e-15));
    assertThat(d.mean()).isCloseTo(0, within(1e-16));
  }

  @Test
  void oneSidedTailHasTheInverseMillsRatioMean() {
    // E[X | X > a] = φ(a)/(1-Φ(a)) for a standard normal; the upper cut-off at 40σ is irrelevant.
    TruncatedNormal d = new TruncatedNormal(0, 1, 3, 40);
    assertThat(d.mean()).isCloseTo(NormalMath.pdf(3) / NormalMath.cdf(-3), within(1e-12));
  }

  @Test
  void farTailIsSampledWithinItsBoundsWithTheRightMean() {
    TruncatedNormal d = new TruncatedNormal(0, 1, 8, 9);
    SplittableRandom random = new SplittableRandom(1);
    double sum = 0;
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      double x = d.sample(random);
      assertThat(x).isBetween(8.0, 9.0);
      sum += x;
    }
    assertThat(sum / n).isCloseTo(d.mean(), within(6 * Math.sqrt(d.variance() / n)));
  }

  @Test
  void cdfRunsFromZeroAtTheLowCutToOneAtTheHighCut() {
    TruncatedNormal d = new TruncatedNormal(1, 0.5, 0, 3);
    assertThat(d.cdf(0)).isZero();
    assertThat(d.cdf(3)).isEqualTo(1);
    assertThat(d.cdf(1)).isCloseTo(
        (NormalMath.cdf(0) - NormalMath.cdf(-2)) / (NormalMath.cdf(4) - NormalMath.cdf(-2)), within(1e-15));
  }

  @Test
  void refusesAnEmptyOrMasslessInterval() {
    assertThatThrownBy(() -> new TruncatedNormal(0, 1, 2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("low=2.0 and high=2.0");
    assertThatThrownBy(() -> new TruncatedNormal(0, 1, 50, 60))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no probability");
  }
}
