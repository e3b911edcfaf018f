package dev.nnlab.cli.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.inject.Guice;
import dev.nnlab.core.layer.Network;
import dev.nnlab.cli.NetworkOptionsFixture;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** network3.py's chapter-6 presets: their layers, hyperparameters and the weights they draw. */
class Network3PresetTest {

  private static TrainingSetup setup(String... args) {
    return NetworkOptionsFixture.resolve(args);
  }

  private static Network network(String... args) {
    return Guice.createInjector(setup(args).module(List.of())).getInstance(Network.class);
  }

  /** The activation of every layer that has one (the pooling layers have none), first to last. */
  private static List<String> activations(String... args) {
    return network(args).layers().stream()
        .flatMap(layer -> layer.activation().stream())
        .map(a -> a.plugin().name())
        .toList();
  }

  private static double[] values(Network network, String name) {
    return network.parameter(name).value().data;
  }

  private static double mean(double[] x) {
    return Arrays.stream(x).average().orElseThrow();
  }

  private static double std(double[] x) {
    double m = mean(x);
    return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
  }

  /**
   * The sample std of n normal draws has standard error σ/√(2n); 5 standard errors (plus the
   * sample's own mean) bound it with a fixed seed without being loose.
   */
  private static void assertNormal(double[] x, double sigma) {
    double bound = 5 * sigma / Math.sqrt(2.0 * x.length);
    assertThat(std(x)).isCloseTo(sigma, within(bound));
    assertThat(mean(x)).isCloseTo(0, within(5 * sigma / Math.sqrt(x.length)));
  }

  @Test
  void conv2IsNetwork3sTwoConvPoolNetwork() {
    TrainingSetup s = setup("--preset", "network3-conv2");

    assertThat(s.layers()).hasSize(6);
    assertThat(s.layers().get(0)).startsWith("conv(filters=20, kernel=5, stride=1, padding=0,");
    assertThat(s.layers().get(1)).startsWith("max-pool(size=2");
    assertThat(s.layers().get(2)).startsWith("conv(filters=40, kernel=5, stride=1, padding=0,");
    assertThat(s.layers().get(4)).startsWith("dense(units=100");
    assertThat(s.layers().get(5)).startsWith("dense(units=10");
    assertThat(activations("--preset", "network3-conv2"))
        .containsExactly("sigmoid", "sigmoid", "sigmoid", "softmax");
    assertThat(s.sizes()).containsExactly(784, 20 * 24 * 24, 20 * 12 * 12, 40 * 8 * 8, 40 * 4 * 4, 100, 10);
    assertThat(s.cost().spec()).isEqualTo("log-likelihood");
    assertThat(s.optimizer().spec()).isEqualTo("sgd(eta=0.1)");
    assertThat(s.regularizer().spec()).isEqualTo("none");
    assertThat(s.miniBatchSize()).isEqualTo(10);
    assertThat(s.epochs()).isEqualTo(60);
    assertThat(s.evaluateValidation()).isTrue();
  }

  @Test
  void theReluRunTranslatesNetwork3sLambdaIntoNnlabsConvention() {
    TrainingSetup s = setup("--preset", "network3-conv2-relu");

    assertThat(activations("--preset", "network3-conv2-relu")).containsExactly("relu", "relu", "relu", "softmax");
    assertThat(s.optimizer().spec()).isEqualTo("sgd(eta=0.03)");
    // network3: 0.5·λ₃·Σw²/(n/m) with λ₃ = 0.1, m = 10, i.e. nnlab's λ/n with λ = λ₃·m = 1.
    assertThat(s.regularizer().spec()).isEqualTo("l2(lambda=1.0)");
  }

  @Test
  void fcIsOneHundredSigmoidsAndSoftmax() {
    TrainingSetup s = setup("--preset", "network3-fc");

    assertThat(s.sizes()).containsExactly(784, 100, 10);
    assertThat(s.optimizer().spec()).isEqualTo("sgd(eta=0.1)");
    Network n = network("--preset", "network3-fc");
    assertNormal(values(n, "layer1.weights"), 0.1);
    assertNormal(values(n, "layer1.biases"), 1);
    assertThat(values(n, "layer2.weights")).containsOnly(0.0);
    assertThat(values(n, "layer2.biases")).containsOnly(0.0);
  }

  @Test
  void theWeightsAreDrawnAsNetwork3DrawsThem() {
    Network n = network("--preset", "network3-conv2", "--seed", "3");

    assertNormal(values(n, "layer1.weights"), Math.sqrt(1 / (20 * 25 / 4.0)));
    assertThat(Math.sqrt(1 / (20 * 25 / 4.0))).isCloseTo(0.0894, within(1e-4));
    assertNormal(values(n, "layer1.biases"), 1);
    assertNormal(values(n, "layer3.weights"), Math.sqrt(1 / (40 * 25 / 4.0)));
    assertThat(Math.sqrt(1 / (40 * 25 / 4.0))).isCloseTo(0.0632, within(1e-4));
    assertNormal(values(n, "layer3.biases"), 1);
    assertNormal(values(n, "layer5.weights"), 0.1);
    assertNormal(values(n, "layer5.biases"), 1);
    assertThat(values(n, "layer6.weights")).containsOnly(0.0);
    assertThat(values(n, "layer6.biases")).containsOnly(0.0);
  }

  @Test
  void initReplacesThePresetsWeightsButKeepsItsBiases() {
    Network n = network("--preset", "network3-conv", "--init", "normal(std=0.5)");

    assertNormal(values(n, "layer1.weights"), 0.5);
    assertNormal(values(n, "layer3.weights"), 0.5);
    assertNormal(values(n, "layer3.biases"), 1);
    assertThat(values(n, "layer4.biases")).containsOnly(0.0);
  }

  @Test
  void activationReplacesTheHiddenActivations() {
    assertThat(activations("--preset", "network3-conv", "--activation", "tanh"))
        .containsExactly("tanh", "tanh", "softmax");
  }
}
