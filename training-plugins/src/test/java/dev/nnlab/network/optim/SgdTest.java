package dev.nnlab.network.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.plugin.PluginCatalog;
import org.junit.jupiter.api.Test;

class SgdTest {

  @Test
  void stepsAgainstTheGradientByEta() {
    // w = 1 − 3·0.5 = −0.5; then −0.5 − 3·(−1) = 2.5
    assertThat(Steps.run(new Sgd(3), 0.5, -1)).containsExactly(-0.5, 2.5);
  }

  @Test
  void etaIsASpecParameterWithADefault() {
    Optimizer byDefault = PluginCatalog.standard().optimizer("sgd").value();
    Optimizer chapterOne = PluginCatalog.standard().optimizer("sgd(eta=3.0)").value();

    assertThat(byDefault.learningRate()).isEqualTo(0.1);
    assertThat(chapterOne).isEqualTo(new Sgd(3.0));
    assertThat(Steps.run(chapterOne, 0.25)[0]).isCloseTo(0.25, within(0.0));
  }

  @Test
  void refusesANonPositiveLearningRateAsTheSpecDoes() {
    SpecMessages.refusedLikeTheSpec(() -> new Sgd(-3), "optimizer", "sgd(eta=-3)",
        "bad value for parameter 'eta' of optimizer 'sgd': -3 is out of range; expected a number > 0");
    SpecMessages.refusedLikeTheSpec(() -> new Sgd(0), "optimizer", "sgd(eta=0)",
        "bad value for parameter 'eta' of optimizer 'sgd': 0 is out of range; expected a number > 0");
  }
}
