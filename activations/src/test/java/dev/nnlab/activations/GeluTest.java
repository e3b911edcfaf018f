package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/** Reference values z·Φ(z) from 80-digit decimal arithmetic, rounded to double. */
class GeluTest {

  @Test
  void matchesReferenceValues() {
    assertClose(Gelu.INSTANCE.value(1), 0.8413447460685429, 1e-15);
    assertClose(Gelu.INSTANCE.value(-1), -0.15865525393145705, 1e-15);
    assertClose(Gelu.INSTANCE.value(0.5), 0.34573123063700656, 1e-15);
    assertClose(Gelu.INSTANCE.value(2), 1.9544997361036416, 1e-15);
    assertClose(Gelu.INSTANCE.value(-3), -0.0040496940948902835, 1e-14);
    // deep in the negative tail the value is tiny but still relatively accurate
    assertClose(Gelu.INSTANCE.value(-10), -7.619853024160526e-23, 1e-13);
  }

  @Test
  void derivativeIsPhiPlusZPhi() {
    double z = 0.7;
    double expected = Gelu.normalCdf(z) + z * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    assertClose(Gelu.INSTANCE.derivative(z, Gelu.INSTANCE.value(z)), expected, 1e-15);
    assertThat(Gelu.INSTANCE.derivative(1e4, 1e4)).isEqualTo(1);
    assertThat(Gelu.INSTANCE.derivative(-1e4, 0)).isZero();
  }

  @Test
  void saturatesToIdentityAndZero() {
    assertThat(Gelu.INSTANCE.value(1e4)).isEqualTo(1e4);
    assertThat(Gelu.INSTANCE.value(-1e4)).isZero();
  }

  @Test
  void minimumLiesJustAboveTheDeclaredRange() {
    double minimum = Gelu.INSTANCE.value(-0.7517915226834577);
    assertThat(minimum).isGreaterThanOrEqualTo(Gelu.INSTANCE.range().lower());
    assertThat(minimum - Gelu.INSTANCE.range().lower()).isLessThan(1e-14);
  }

  private static void assertClose(double actual, double expected, double relative) {
    assertThat(actual).isCloseTo(expected, withinPercentage(relative * 100));
  }
}
