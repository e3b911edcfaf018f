package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Ch3RegularizedTest {

  @Test
  void theRegularisedNetworkLearnsWithoutDecliningAtTheEnd() {
    ExperimentResult result = new Ch3Regularized().run(QuickContext.of());

    assertThat(QuickContext.check(result, "best − last-epoch").passed()).isTrue();
    assertThat(QuickContext.check(result, "best test accuracy").values()).allMatch(a -> a > 50);
  }
}
