package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void showsFourSignificantDigitsWithoutTrailingZeros() {
    assertThat(Numbers.show(Math.sqrt(6.0 / 814))).isEqualTo("0.08585");
    assertThat(Numbers.show(0.5)).isEqualTo("0.5");
    assertThat(Numbers.show(-3)).isEqualTo("-3");
    assertThat(Numbers.show(1.25e-7)).isEqualTo("1.25e-07");
  }

  @Test
  void writesHesDefaultGainExactly() {
    assertThat(Numbers.gainSquaredOver(Math.sqrt(2), "784")).isEqualTo("2/784");
    assertThat(Numbers.gainSquaredOver(1, "784")).isEqualTo("1/784");
    assertThat(Numbers.gainSquaredTimes(1.5, "6/(784+30)")).isEqualTo("1.5²·6/(784+30)");
    assertThat(Numbers.gainSquaredTimes(1, "I")).isEqualTo("I");
  }
}
