package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedRangeTest {

  private static final List<Double> OURS = List.of(94.81, 95.25, 95.11);

  @Test
  void aPublishedNumberInsideTheWidenedRangePassesAndOneOutsideFails() {
    SeedRange range = SeedRange.plusMinus(0.5);

    assertThat(range.judge("best", 95.42, OURS).passed()).isTrue();
    assertThat(range.judge("best", 95.75, OURS).passed()).isTrue();
    assertThat(range.judge("best", 94.31, OURS).passed()).isTrue();
    assertThat(range.judge("best", 95.76, OURS).passed()).isFalse();
    assertThat(range.judge("best", 94.30, OURS).passed()).isFalse();
  }

  @Test
  void theRuleStatesTheMarginAndTheInterval() {
    Check check = SeedRange.plusMinus(0.5).judge("best test accuracy (%)", 95.42, OURS);

    assertThat(check.tolerance()).isEqualTo("published within our seed range ± 0.5: [94.31, 95.75]");
    assertThat(check.published()).isEqualTo("95.42");
    assertThat(check.kind()).isEqualTo(Check.Kind.FIGURE);
    assertThat(check.values()).isEqualTo(OURS);
  }

  @Test
  void aFactorWidensMultiplicatively() {
    SeedRange range = SeedRange.timesOrDividedBy(1.25);
    List<Double> norms = List.of(0.002, 0.004);

    assertThat(range.judge("norm", 0.0016, norms).passed()).isTrue();
    assertThat(range.judge("norm", 0.005, norms).passed()).isTrue();
    assertThat(range.judge("norm", 0.00159, norms).passed()).isFalse();
    assertThat(range.judge("norm", 0.00501, norms).passed()).isFalse();
    assertThat(range.judge("norm", 0.003, norms).tolerance()).isEqualTo("published within our seed range ×÷ 1.25: [0.0016, 0.005]");
  }

  @Test
  void aPublishedIntervalPassesWhenItOverlapsTheWidenedRange() {
    SeedRange range = SeedRange.plusMinus(1);

    assertThat(range.judge("plateau", "82–83 %", 82, 83, List.of(83.5, 84.0)).passed()).isTrue();
    assertThat(range.judge("plateau", "82–83 %", 82, 83, List.of(80.0, 80.9)).passed()).isFalse();
    assertThat(range.judge("plateau", "82–83 %", 82, 83, List.of(84.1, 85.0)).passed()).isFalse();
  }

  @Test
  void aMarginThatCannotWidenIsRefused() {
    assertThatThrownBy(() -> SeedRange.plusMinus(-0.1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(">= 0");
    assertThatThrownBy(() -> SeedRange.timesOrDividedBy(0.9)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factor >= 1");
  }
}
