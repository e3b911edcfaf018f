package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class GeluTanhTest {

  /** 0.5·z·(1 + tanh(√(2/π)(z + 0.044715 z³))) evaluated naively where that is accurate (z ≥ −1). */
  @Test
  void matchesTheTanhFormula() {
    assertThat(GeluTanh.INSTANCE.value(1)).isCloseTo(0.8411919906082768, withinPercentage(1e-13));
    assertThat(GeluTanh.INSTANCE.value(-1)).isCloseTo(-0.15880800939172324, withinPercentage(1e-13));
    assertThat(GeluTanh.INSTANCE.value(0.5)).isCloseTo(0.34571400982514394, withinPercentage(1e-13));
    assertThat(GeluTanh.INSTANCE.value(2)).isCloseTo(1.954597694087775, withinPercentage(1e-13));
  }

  @Test
  void staysRelativelyAccurateWhereOnePlusTanhCancels() {
    // the naive formula returns exactly 0 here; z·σ(2u) keeps the tiny negative value
    double z = -10;
    double u = Math.sqrt(2 / Math.PI) * (z + 0.044715 * z * z * z);
    assertThat(GeluTanh.INSTANCE.value(z)).isNegative().isCloseTo(z * Math.exp(2 * u), withinPercentage(1e-10));
  }

  @Test
  void differsFromTheExactGeluByLessThanTwoThousandths() {
    for (double z = -6; z <= 6; z += 0.125) {
      assertThat(Math.abs(GeluTanh.INSTANCE.value(z) - Gelu.INSTANCE.value(z))).isLessThan(2e-3);
    }
  }

  @Test
  void derivativeSaturatesWithoutOverflow() {
    assertThat(GeluTanh.INSTANCE.derivative(1e4, 1e4)).isEqualTo(1);
    assertThat(GeluTanh.INSTANCE.derivative(-1e4, 0)).isZero();
    assertThat(GeluTanh.INSTANCE.derivative(1e200, 1e200)).isEqualTo(1);
  }
}
