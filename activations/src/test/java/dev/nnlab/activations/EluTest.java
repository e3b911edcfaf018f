package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
  void saturatesAtMinusAlphaWithDerivativeAlphaTimesExp() {
    Elu elu = Elu.of(2);

    assertThat(elu.value(3)).isEqualTo(3);
    assertThat(elu.value(-1)).isEqualTo(2 * Math.expm1(-1));
    assertThat(elu.derivative(-1, elu.value(-1))).isCloseTo(2 * Math.exp(-1), within(1e-15));
    assertThat(elu.range().lower()).isEqualTo(-2);
  }

  @ParameterizedTest(name = "{0} matches PyTorch")
  @ValueSource(strings = {"elu", "elu(alpha=2)"})
  void matchesPyTorch(String spec) {
    PyTorchReferences.assertMatches(spec);
  }

  /**
   * alpha·e^z far into the negative tail, to 2 ulps; the references are 2·e^z from 40-digit
   * arithmetic (mpmath). Computing it as elu(z) + alpha cancels: 1.7e-4 off at −30, 0 below −37.
   */
  @ParameterizedTest(name = "elu(alpha=2)'(z = {0}) = {1}")
  @CsvSource({
    "-1, 0.7357588823428847",
    "-30, 1.871524593768035e-13",
    "-40, 8.496708510583178e-18",
    "-100, 7.440151952041672e-44"
  })
  void derivativeStaysRelativelyAccurateInTheNegativeTail(double z, double expected) {
    Elu elu = Elu.of(2);

    assertThat(elu.derivative(z, elu.value(z))).isCloseTo(expected, within(2 * Math.ulp(expected)));
  }
}
