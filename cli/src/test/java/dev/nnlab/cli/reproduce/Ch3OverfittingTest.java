package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Ch3OverfittingTest {

  @Test
  void onAThousandImagesTheTrainingCostKeepsFallingWhileTestAccuracyLevelsOff() {
    ExperimentResult result = new Ch3Overfitting().run(QuickContext.of());

    assertThat(QuickContext.check(result, "training cost").values()).allMatch(r -> r < 1);
    assertThat(QuickContext.check(result, "test accuracy: last quarter").passed()).isTrue();
    assertThat(result.figures()).extracting(Figure::file).containsExactly("ch3-overfitting-accuracy.png", "ch3-overfitting-cost.png");
  }
}
