package dev.nnlab.tck.stat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SampleMomentsTest {

  @Test
  void smallSampleHasTheTextbookMoments() {
    SampleMoments m = SampleMoments.of(new double[] {1, 2, 3, 4});
    assertThat(m.mean()).isEqualTo(2.5);
    assertThat(m.variance()).isCloseTo(5.0 / 3, within(1e-15));
    // deviations ±0.5, ±1.5: (2·0.0625 + 2·5.0625)/4
    assertThat(m.fourthCentralMoment()).isCloseTo(2.5625, within(1e-15));
  }

  @Test
  void aLargeOffsetDoesNotCancelTheVariance() {
    SampleMoments m = SampleMoments.of(new double[] {1e9 + 1, 1e9 + 2, 1e9 + 3});
    assertThat(m.variance()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void standardErrorOfTheVarianceMatchesTheNormalFormula() {
    SplittableRandom random = new SplittableRandom(3);
    double[] values = new double[200_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextGaussian();
    }
    SampleMoments m = SampleMoments.of(values);
    // For N(0, 1), μ₄ − σ⁴ = 2, so the standard error is sqrt(2/n).
    assertThat(m.standardErrorOfVariance()).isCloseTo(Math.sqrt(2.0 / values.length), within(1e-4));
    assertThat(m.standardErrorOfMean(1)).isEqualTo(Math.sqrt(1.0 / values.length));
  }

  @Test
  void needsTwoValues() {
    assertThatThrownBy(() -> SampleMoments.of(new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2");
  }
}
