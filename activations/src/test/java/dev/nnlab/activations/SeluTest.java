package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeluTest {

  @Test
  void matchesPyTorch() {
    PyTorchReferences.assertMatches("selu");
  }

  /**
   * scale·alpha·e^z far into the negative tail, to 2 ulps; the references come from 40-digit
   * arithmetic (mpmath). Computing it as selu(z) + scale·alpha cancels and gives 0 below about −37.
   */
  @ParameterizedTest(name = "selu'(z = {0}) = {1}")
  @CsvSource({
    "-1, 0.6467686030348141",
    "-30, 1.6451630773416185e-13",
    "-40, 7.469028815914292e-18",
    "-100, 6.540263121344394e-44"
  })
  void derivativeStaysRelativelyAccurateInTheNegativeTail(double z, double expected) {
    Selu selu = Selu.INSTANCE;

    assertThat(selu.derivative(z, selu.value(z))).isCloseTo(expected, within(2 * Math.ulp(expected)));
  }

  @ParameterizedTest(name = "selu''s derivative is the scale {1} for z = {0} > 0")
  @CsvSource({"1e-300, 1.0507009873554805", "3, 1.0507009873554805"})
  void derivativeIsTheScaleForPositiveInputs(double z, double expected) {
    assertThat(Selu.INSTANCE.derivative(z, Selu.INSTANCE.value(z))).isEqualTo(expected);
  }
}
