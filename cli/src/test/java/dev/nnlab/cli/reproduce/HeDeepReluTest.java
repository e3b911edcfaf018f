package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeDeepReluTest {

  @Test
  void heKeepsTheScaleAndLearnsWhileXavierShrinksAndSmallWeightsStall() {
    ExperimentResult result = new HeDeepRelu().run(QuickContext.of());

    assertThat(QuickContext.check(result, "xavier-normal: std a").values()).allMatch(r -> r < 0.1);
    assertThat(QuickContext.check(result, "he-normal − xavier-normal").values()).allMatch(l -> l > 0);
    assertThat(QuickContext.check(result, "normal(std=0.01)").values()).allMatch(a -> a <= 20);
    assertThat(QuickContext.check(result, "he-normal: best test accuracy").values()).allMatch(a -> a > 15);
  }
}
