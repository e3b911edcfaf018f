package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.cli.train.Preset;
import dev.nnlab.cli.train.TrainingSetup;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipeTest {

  @Test
  void aPresetsRecipeGivesThePresetsSetup() {
    TrainingSetup setup = Recipe.of(Preset.NETWORK2).setup(PluginCatalog.standard(), 7);

    assertThat(setup.sizes()).containsExactly(784, 30, 10);
    assertThat(setup.weights().spec()).isEqualTo("nielsen-default");
    assertThat(setup.cost().spec()).isEqualTo("cross-entropy");
    assertThat(setup.eta()).isEqualTo(0.5);
    assertThat(setup.regularizer().spec()).startsWith("l2(lambda=5.0");
    assertThat(setup.evaluateValidation()).isTrue();
    assertThat(setup.seed()).isEqualTo(7);
  }

  @Test
  void changesOneThingAtATimeAndNoLambdaMeansNoRegularizer() {
    Recipe recipe = Recipe.of(Preset.NETWORK2).withLambda(0).withEta(0.1).withWeights("nielsen-large")
        .withSizes(List.of(784, 100, 10)).withEpochs(3);

    TrainingSetup setup = recipe.setup(PluginCatalog.standard(), 1);

    assertThat(setup.regularizer().spec()).isEqualTo("none");
    assertThat(setup.eta()).isEqualTo(0.1);
    assertThat(setup.weights().spec()).isEqualTo("nielsen-large");
    assertThat(setup.sizes()).containsExactly(784, 100, 10);
    assertThat(setup.epochs()).isEqualTo(3);
    assertThat(setup.biases().spec()).isEqualTo("normal(mean=0, std=1)");
  }

  @Test
  void describesItselfAsTrainOptions() {
    assertThat(Recipe.of(Preset.NETWORK).toString()).isEqualTo("--sizes 784,30,10 --init randn --bias-init randn"
        + " --activation sigmoid --output-activation sigmoid --cost quadratic --eta 3.0 --lambda 0.0 --mini-batch 10 --epochs 30");
  }

  @Test
  void aLayerPresetsRecipeBuildsItsLayersAndRerunsByHand() {
    Recipe recipe = Recipe.of(Preset.byId("network3-conv"));
    TrainingSetup setup = recipe.setup(PluginCatalog.standard(), 1);

    assertThat(setup.sizes()).containsExactly(784, 20 * 24 * 24, 20 * 12 * 12, 100, 10);
    assertThat(setup.layers()).hasSize(4);
    assertThat(setup.layers().get(0)).contains("weights=normal(std=0.0894");
    assertThat(recipe.toString()).startsWith("--layers \"conv(filters=20, kernel=5, weights=normal(std=0.0894")
        .contains("--cost log-likelihood --eta 0.1 --lambda 0.0 --mini-batch 10 --epochs 60");
    assertThat(recipe.withWeights("he-normal").setup(PluginCatalog.standard(), 1).layers().get(0))
        .contains("weights=network");
  }
}
