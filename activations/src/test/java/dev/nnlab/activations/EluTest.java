package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EluTest {

  @Test
  void refusesAlphaThatIsNotFiniteAndPositive() {
    for (double alpha : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> Elu.of(alpha))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("elu alpha must be a finite number > 0, got " + alpha);
    }
  }

  @Test
  void saturatesAtMinusAlphaWithDerivativeFromTheOutput() {
    Elu elu = Elu.of(2);

    assertThat(elu.value(3)).isEqualTo(3);
    assertThat(elu.value(-1)).isEqualTo(2 * Math.expm1(-1));
    assertThat(elu.derivative(-1, elu.value(-1))).isCloseTo(2 * Math.exp(-1), within(1e-15));
    assertThat(elu.range().lower()).isEqualTo(-2);
  }
}
