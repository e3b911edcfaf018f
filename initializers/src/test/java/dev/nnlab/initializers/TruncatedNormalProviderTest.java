package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.plugin.SpecException;
import org.junit.jupiter.api.Test;

class TruncatedNormalProviderTest {

  @Test
  void cutOffsAreAbsoluteValues() {
    var d = Specs.create("truncated-normal(mean=1, std=0.5, low=0, high=3)")
        .distribution(new Fan(3, 3)).orElseThrow();
    assertThat(d.lower()).isZero();
    assertThat(d.upper()).isEqualTo(3);
  }

  @Test
  void refusesLowNotBelowHighAndMasslessIntervals() {
    assertThatThrownBy(() -> Specs.create("truncated-normal(low=1, high=-1)"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("low must be below high, got low=1 and high=-1");
    assertThatThrownBy(() -> Specs.create("truncated-normal(low=100, high=200)"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("no probability");
  }
}
