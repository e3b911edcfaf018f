package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.data.DataSetDefinition;
import dev.nnlab.network.inject.NetworkSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NetworkOptionsTest {

  @Test
  void noOptionsIsNetworkPy() {
    TrainingSetup setup = NetworkOptionsFixture.resolve();

    assertThat(setup.preset().id()).isEqualTo("network");
    assertThat(setup.sizes()).containsExactly(784, 30, 10);
    assertThat(setup.weights().spec()).isEqualTo("normal(mean=0, std=1)");
    assertThat(setup.biases().spec()).isEqualTo("normal(mean=0, std=1)");
    assertThat(setup.hiddenActivation().plugin().name()).isEqualTo("sigmoid");
    assertThat(setup.outputActivation().plugin().name()).isEqualTo("sigmoid");
    assertThat(setup.cost().spec()).isEqualTo("quadratic");
    assertThat(setup.optimizer().spec()).isEqualTo("sgd(eta=3.0)");
    assertThat(setup.eta()).isEqualTo(3.0);
    assertThat(setup.regularizer().spec()).isEqualTo("none");
    assertThat(setup.miniBatchSize()).isEqualTo(10);
    assertThat(setup.epochs()).isEqualTo(30);
    assertThat(setup.seed()).isEqualTo(1);
    assertThat(setup.evaluateValidation()).isFalse();
  }

  @Test
  void network2ResolvesToChapterThreesSetup() {
    TrainingSetup setup = NetworkOptionsFixture.resolve("--preset", "network2");

    assertThat(setup.preset().id()).isEqualTo("network2");
    assertThat(setup.weights().plugin().name()).isEqualTo("nielsen-default");
    assertThat(setup.biases().spec()).isEqualTo("normal(mean=0, std=1)");
    assertThat(setup.cost().spec()).isEqualTo("cross-entropy");
    assertThat(setup.optimizer().spec()).isEqualTo("sgd(eta=0.5)");
    assertThat(setup.regularizer().spec()).isEqualTo("l2(lambda=5.0)");
    assertThat(setup.miniBatchSize()).isEqualTo(10);
    assertThat(setup.epochs()).isEqualTo(30);
    assertThat(setup.evaluateValidation()).isTrue();
  }

  @Test
  void optionsOverrideThePreset() {
    TrainingSetup setup = NetworkOptionsFixture.resolve(
        "--preset", "network2", "--init", "nielsen-large", "--eta", "0.1", "--lambda", "0",
        "--sizes", "784,100,10", "--mini-batch", "20", "--epochs", "3", "--seed", "9", "--no-validation");

    assertThat(setup.weights().plugin().name()).isEqualTo("nielsen-large");
    assertThat(setup.optimizer().spec()).isEqualTo("sgd(eta=0.1)");
    assertThat(setup.regularizer().spec()).isEqualTo("none");
    assertThat(setup.sizes()).containsExactly(784, 100, 10);
    assertThat(setup.miniBatchSize()).isEqualTo(20);
    assertThat(setup.epochs()).isEqualTo(3);
    assertThat(setup.seed()).isEqualTo(9);
    assertThat(setup.evaluateValidation()).isFalse();
  }

  @Test
  void etaGoesIntoTheOptimizerAndANamedOptimizerKeepsItsOwnDefault() {
    assertThat(NetworkOptionsFixture.resolve("--optimizer", "momentum(mu=0.5)", "--eta", "0.2")
        .optimizer().spec()).isEqualTo("momentum(eta=0.2, mu=0.5)");
    assertThat(NetworkOptionsFixture.resolve("--optimizer", "adam").optimizer().spec())
        .startsWith("adam(eta=0.001");
    assertThat(NetworkOptionsFixture.resolve("--optimizer", "sgd(eta=0.7)").eta()).isEqualTo(0.7);
  }

  @Test
  void theSpecificationCarriesTheCanonicalSpecs() {
    NetworkSpecification spec = NetworkOptionsFixture.resolve("--preset", "network2").specification();

    assertThat(spec.cost()).isEqualTo("cross-entropy");
    assertThat(spec.optimizer()).isEqualTo("sgd(eta=0.5)");
    assertThat(spec.regularizer()).isEqualTo("l2(lambda=5.0)");
    assertThat(spec.weightInitializer()).startsWith("nielsen-default");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
    "--sizes | 785,30,10 | --sizes 785,30,10: the first size must be 784, the pixels of a mnist image",
    "--sizes | 784,30,9 | --sizes 784,30,9: the last size must be 10, one output per mnist class",
    "--sizes | 784 | --sizes 784: expected at least an input and an output size",
    "--sizes | 784,x,10 | --sizes 784,x,10: expected whole numbers separated by commas",
    "--sizes | 784,0,10 | --sizes 784,0,10: every layer needs 1 to 100000 neurons",
    "--eta | -1 | --eta -1.0: expected a positive number",
    "--eta | NaN | --eta NaN: expected a positive number",
    "--lambda | -0.5 | --lambda -0.5: expected a number >= 0",
    "--mini-batch | 0 | --mini-batch 0: expected a whole number >= 1",
    "--epochs | 0 | --epochs 0: expected a whole number from 1 to 10000",
    "--init | randm | --init randm: unknown initializer 'randm'. Did you mean 'rand",
    "--init | normal(std=-1) | --init normal(std=-1): bad value for parameter 'std'",
    "--bias-init | xavier-normal( | --bias-init xavier-normal(: malformed spec",
    "--activation | sigmod | --activation sigmod: unknown activation 'sigmod'",
    "--output-activation | soft | --output-activation soft: unknown activation 'soft'",
    "--cost | entropy | --cost entropy: unknown cost 'entropy'",
    "--optimizer | adamw | --optimizer adamw: unknown optimizer 'adamw'",
    "--preset | network3 | --preset network3: unknown preset; expected one of network, network2",
  })
  void everyBadValueIsOneLineNamingTheOptionTheValueAndWhatIsAllowed(
      String option, String value, String message) {
    assertThatThrownBy(() -> NetworkOptionsFixture.resolve(option, value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message)
        .hasMessageNotContaining("\n");
  }

  @Test
  void theLearningRateMayNotBeGivenTwice() {
    assertThatThrownBy(() -> NetworkOptionsFixture.resolve("--optimizer", "sgd(eta=1)", "--eta", "2"))
        .hasMessage("--eta 2.0: the optimizer spec 'sgd(eta=1)' sets eta itself;"
            + " give the learning rate in one place only");
  }

  @Test
  void fashionMnistHasTheSameShape() {
    assertThat(NetworkOptionsFixture.parse().resolve(
        dev.nnlab.core.plugin.PluginCatalog.standard(), DataSetDefinition.FASHION_MNIST).sizes())
        .containsExactly(784, 30, 10);
  }
}
