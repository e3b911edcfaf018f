package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogSigmoidTest {

  @Test
  void matchesPyTorch() {
    PyTorchReferences.assertMatches("log-sigmoid");
  }

  /** ln σ(z) ≈ −e^−z for large z and ≈ z − e^z for very negative z: no log(0), no rounding to 0. */
  @Test
  void keepsBothTails() {
    assertThat(LogSigmoid.INSTANCE.value(800)).isZero();
    assertThat(LogSigmoid.INSTANCE.value(40)).isCloseTo(-4.248354255291589e-18, within(1e-32));
    assertThat(LogSigmoid.INSTANCE.value(-800)).isEqualTo(-800);
    assertThat(LogSigmoid.INSTANCE.derivative(40, 0)).isCloseTo(4.248354255291589e-18, within(1e-32));
  }
}
