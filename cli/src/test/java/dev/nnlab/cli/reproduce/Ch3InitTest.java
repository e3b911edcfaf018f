package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Ch3InitTest {

  @Test
  void nielsenDefaultIsAheadOfNielsenLargeAfterTheFirstEpoch() {
    ExperimentResult result = new Ch3Init(30, 92.70, 86.43, 96.50, 96.37).run(QuickContext.of());

    Check lead = QuickContext.check(result, "lead of nielsen-default");
    assertThat(lead.passed()).isTrue();
    assertThat(lead.values()).allMatch(l -> l > 0);
    assertThat(result.checks()).hasSize(5);
    assertThat(QuickContext.check(result, "nielsen-large, validation accuracy after epoch 0").published()).isEqualTo("86.43");
  }

  @Test
  void namesItselfByItsHiddenLayer() {
    Ch3Init wide = new Ch3Init(100, 92.95, 89.94, 97.81, 97.42);

    assertThat(wide.name()).isEqualTo("ch3-init-100");
    assertThat(wide.description()).startsWith("[784,100,10]");
    assertThat(wide.source()).contains("epoch 0 9295 vs 8994, final 9781 vs 9742");
  }
}
