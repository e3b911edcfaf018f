package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpecListTest {

  @Test
  void splitsAtTopLevelCommasOnly() {
    assertThat(SpecList.split("--init", "rand, he-normal(mode=fan_out, gain=1),randn"))
        .containsExactly("rand", "he-normal(mode=fan_out, gain=1)", "randn");
    assertThat(SpecList.split("--init", "xavier-normal")).containsExactly("xavier-normal");
  }

  @Test
  void refusesEmptyAndRepeatedValues() {
    assertThatThrownBy(() -> SpecList.split("--cost", "quadratic,"))
        .hasMessage("--cost quadratic,: an empty value in the list; expected specs separated by commas, such as rand,randn");
    assertThatThrownBy(() -> SpecList.split("--init", "rand,rand")).hasMessageContaining("listed twice");
  }
}
