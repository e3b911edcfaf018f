package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Ch1Hidden100Test {

  @Test
  void countsTheDigitsEachSeedLearnsAndJudgesThemOnlyInTheFullForm() {
    ExperimentResult result = new Ch1Hidden100().run(QuickContext.of());

    Check digits = QuickContext.check(result, "digits learned");
    assertThat(digits.values()).hasSize(2).allMatch(d -> d >= 1 && d <= 10 && d == Math.rint(d));
    assertThat(digits.judged(true)).isFalse();
    assertThat(result.checks()).hasSize(2);
    assertThat(result.passed()).isTrue();
  }
}
