package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HardTanhTest {

  @Test
  void refusesLowNotBelowHighWithItsOwnMessage() {
    assertThatThrownBy(() -> HardTanh.of(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hard-tanh needs low < high, got low=2 and high=1");
    assertThatThrownBy(() -> HardTanh.of(1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hard-tanh needs low < high, got low=1 and high=1");
  }

  @Test
  void clipsWithSlopeOneOnlyStrictlyInside() {
    HardTanh clip = HardTanh.of(-1, 2);

    assertThat(clip.value(-5)).isEqualTo(-1);
    assertThat(clip.value(0.5)).isEqualTo(0.5);
    assertThat(clip.value(7)).isEqualTo(2);
    assertThat(clip.derivative(0.5, 0.5)).isEqualTo(1);
    assertThat(clip.derivative(2, 2)).isZero();
    assertThat(clip.derivative(-1, -1)).isZero();
  }
}
