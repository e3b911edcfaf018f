package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Ch1NetworkTest {

  @Test
  void theQuickFormLearnsAndLeavesThePublishedFigureUnjudged() {
    ExperimentResult result = new Ch1Network().run(QuickContext.of());

    assertThat(result.quick()).isTrue();
    assertThat(QuickContext.check(result, "learning after epoch 0").passed()).isTrue();
    Check best = QuickContext.check(result, "best test accuracy");
    assertThat(best.values()).hasSize(2).allMatch(a -> a > 50 && a < 100);
    assertThat(best.verdict(true)).isEqualTo("not judged (quick)");
    assertThat(result.figures()).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo("ch1-network-accuracy.png");
      assertThat(f.png()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    });
    assertThat(result.passed()).isTrue();
  }
}
