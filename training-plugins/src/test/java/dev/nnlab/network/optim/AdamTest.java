package dev.nnlab.network.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.plugin.PluginCatalog;
import org.junit.jupiter.api.Test;

class AdamTest {

  @Test
  void biasCorrectedStepsMatchAHandComputation() {
    // t=1, g=0.5: m=0.05, v=0.00025, m̂=0.5, v̂=0.25 → w = 1 − 0.1·0.5/(0.5+1e-8)
    // t=2, g=−1: m=−0.055, v=0.00124975, m̂=−0.055/0.19, v̂=0.00124975/0.001999
    double[] w = Steps.run(new Adam(0.1, 0.9, 0.999, 1e-8), 0.5, -1);
    double first = 1 - 0.1 * 0.5 / (0.5 + 1e-8);
    double second = first + 0.1 * (0.055 / 0.19) / (Math.sqrt(0.00124975 / 0.001999) + 1e-8);
    assertThat(w[0]).isCloseTo(first, within(1e-14));
    assertThat(w[1]).isCloseTo(second, within(1e-14));
    assertThat(w[1]).isCloseTo(0.9366103542405653, within(1e-12));
  }

  @Test
  void defaultsAreKingmaAndBas() {
    assertThat(PluginCatalog.standard().optimizer("adam").value())
        .isEqualTo(new Adam(0.001, 0.9, 0.999, 1e-8));
    assertThat(PluginCatalog.standard().optimizer("adam").spec())
        .isEqualTo("adam(eta=0.001, beta1=0.9, beta2=0.999, epsilon=1e-8)");
  }

  @Test
  void refusesBadValuesAsTheSpecDoes() {
    SpecMessages.refusedLikeTheSpec(() -> new Adam(0.001, 0.9, 1, 1e-8), "optimizer", "adam(beta2=1)",
        "bad value for parameter 'beta2' of optimizer 'adam': 1 is out of range; expected a number in [0, 1)");
    SpecMessages.refusedLikeTheSpec(() -> new Adam(0.001, 0.9, 0.999, 0), "optimizer", "adam(epsilon=0)",
        "bad value for parameter 'epsilon' of optimizer 'adam': 0 is out of range; expected a number > 0");
  }
}
