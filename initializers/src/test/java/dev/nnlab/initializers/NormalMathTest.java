package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

class NormalMathTest {

  private static double reference(double x) {
    return 0.5 * Erf.erfc(-x / Math.sqrt(2));
  }

  @Test
  void cdfMatchesHipparchusToRelative1e13IncludingTheFarLowerTail() {
    for (double x = -37; x <= 8; x += 0.003) {
      double expected = reference(x);
      // Beyond 20σ exp(-x²/2) amplifies rounding in either implementation to a few 1e-13.
      double relative = x < -20 ? 5e-13 : 1e-13;
      assertThat(Math.abs(NormalMath.cdf(x) - expected))
          .as("Φ(%s)", x)
          .isLessThanOrEqualTo(relative * expected);
    }
  }

  @Test
  void inverseCdfRoundTripsFromTheFarTailToTheOther() {
    double[] ps = {1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.0242, 0.0243, 0.1, 0.3, 0.5, 0.7,
        0.9, 0.975, 0.99, 0.999999, 1 - 1e-12};
    for (double p : ps) {
      double x = NormalMath.inverseCdf(p);
      double lowerTail = x > 0 ? NormalMath.cdf(-x) : NormalMath.cdf(x);
      double target = x > 0 ? 1 - p : p;
      assertThat(Math.abs(lowerTail - target)).as("Φ(Φ⁻¹(%s))", p).isLessThanOrEqualTo(1e-12 * target);
    }
    assertThat(NormalMath.inverseCdf(0.5)).isZero();
    assertThat(NormalMath.inverseCdf(0.975)).isCloseTo(1.959963984540054, org.assertj.core.api.Assertions.within(1e-14));
  }

  @Test
  void inverseCdfRefusesImpossibleProbabilities() {
    assertThat(NormalMath.inverseCdf(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(NormalMath.inverseCdf(1)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThatThrownBy(() -> NormalMath.inverseCdf(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
  }
}
