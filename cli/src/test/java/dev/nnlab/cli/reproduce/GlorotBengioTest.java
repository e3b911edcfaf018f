package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlorotBengioTest {

  @Test
  void standardInitShrinksTheBackPropagatedGradientsTowardTheInputAndNormalizedInitDoesNotForTanh() {
    ExperimentResult result = new GlorotBengio().run(QuickContext.of());

    assertThat(QuickContext.check(result, "tanh, standard init: std δ").values()).allMatch(r -> r < 0.5);
    assertThat(QuickContext.check(result, "tanh, normalized init: std δ").values()).allMatch(r -> r >= 0.5 && r <= 2);
    assertThat(QuickContext.check(result, "softsign: normalized / standard").passed()).isTrue();
    assertThat(QuickContext.check(result, "sigmoid, standard init: lowest mean activation of hidden layers 1–4").passed()).isTrue();
    assertThat(result.checks()).hasSize(8);
    assertThat(result.figures()).extracting(Figure::file).containsExactly(
        "glorot-bengio-tanh-glorot-standard-activations.png", "glorot-bengio-tanh-glorot-standard-gradients.png",
        "glorot-bengio-tanh-xavier-uniform-activations.png", "glorot-bengio-tanh-xavier-uniform-gradients.png",
        "glorot-bengio-sigmoid-saturation.png");
  }
}
