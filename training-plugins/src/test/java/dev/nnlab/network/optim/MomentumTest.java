package dev.nnlab.network.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.plugin.PluginCatalog;
import org.junit.jupiter.api.Test;

class MomentumTest {

  @Test
  void classicalMomentumAccumulatesVelocity() {
    // v1 = −0.1·0.5 = −0.05, w1 = 0.95; v2 = 0.9·(−0.05) + 0.1 = 0.055, w2 = 1.005
    double[] w = Steps.run(new Momentum(0.1, 0.9, false), 0.5, -1);
    assertThat(w[0]).isCloseTo(0.95, within(1e-15));
    assertThat(w[1]).isCloseTo(1.005, within(1e-15));
  }

  @Test
  void nesterovLooksAhead() {
    // v1 = −0.05, w1 = 1 + 0.9·(−0.05) − 0.05 = 0.905; v2 = 0.055, w2 = 0.905 + 0.0495 + 0.1 = 1.0545
    double[] w = Steps.run(new Momentum(0.1, 0.9, true), 0.5, -1);
    assertThat(w[0]).isCloseTo(0.905, within(1e-15));
    assertThat(w[1]).isCloseTo(1.0545, within(1e-15));
  }

  @Test
  void zeroMomentumIsPlainSgd() {
    assertThat(Steps.run(new Momentum(0.1, 0, false), 0.5, -1))
        .containsExactly(Steps.run(new Sgd(0.1), 0.5, -1));
  }

  @Test
  void specsMakeBothVariants() {
    assertThat(PluginCatalog.standard().optimizer("momentum(eta=0.2, mu=0.5)").value())
        .isEqualTo(new Momentum(0.2, 0.5, false));
    assertThat(PluginCatalog.standard().optimizer("nesterov").value())
        .isEqualTo(new Momentum(0.1, 0.9, true));
  }

  @Test
  void refusesBadValuesAsTheSpecDoesNamingMomentumOrNesterov() {
    SpecMessages.refusedLikeTheSpec(() -> new Momentum(0.1, 1, false), "optimizer", "momentum(eta=0.1, mu=1)",
        "bad value for parameter 'mu' of optimizer 'momentum': 1 is out of range; expected a number in [0, 1)");
    SpecMessages.refusedLikeTheSpec(() -> new Momentum(-0.5, 0.9, true), "optimizer", "nesterov(eta=-0.5)",
        "bad value for parameter 'eta' of optimizer 'nesterov': -0.5 is out of range; expected a number > 0");
  }
}
