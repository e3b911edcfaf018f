package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HardSwishTest {

  @Test
  void matchesPyTorchIncludingItsDerivativesAtTheCorners() {
    PyTorchReferences.assertMatches("hard-swish");
  }

  @Test
  void reachesItsMinimumMinusThreeEighthsAtMinusThreeHalves() {
    assertThat(HardSwish.INSTANCE.value(-1.5)).isEqualTo(-0.375).isEqualTo(HardSwish.INSTANCE.range().lower());
    assertThat(HardSwish.INSTANCE.derivative(-1.5, -0.375)).isZero();
  }
}
