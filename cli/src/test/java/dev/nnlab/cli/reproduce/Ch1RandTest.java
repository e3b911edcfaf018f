package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Ch1RandTest {

  @Test
  void randWeightsAndBiasesAnswerOneClassAndNeverMove() {
    ExperimentResult result = new Ch1Rand().run(QuickContext.of());

    assertThat(result.checks()).allMatch(Check::passed);
    assertThat(QuickContext.check(result, "share of test images").values()).allMatch(s -> s >= 99);
    assertThat(QuickContext.check(result, "best test accuracy").values()).allMatch(a -> a <= 12);
  }
}
