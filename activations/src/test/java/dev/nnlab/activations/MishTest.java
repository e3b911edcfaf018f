package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MishTest {

  @Test
  void matchesPyTorch() {
    PyTorchReferences.assertMatches("mish");
  }

  @Test
  void rangeHoldsTheMinimumJustInside() {
    double minimum = Mish.INSTANCE.value(-1.1924312145154952);

    assertThat(minimum).isBetween(Mish.INSTANCE.range().lower(), -0.30884341301725);
  }

  @Test
  void isFiniteAndExactFarOut() {
    assertThat(Mish.INSTANCE.value(1e4)).isEqualTo(1e4);
    assertThat(Mish.INSTANCE.derivative(1e4, 1e4)).isEqualTo(1);
    assertThat(Mish.INSTANCE.derivative(-1e4, Mish.INSTANCE.value(-1e4))).isZero();
  }
}
