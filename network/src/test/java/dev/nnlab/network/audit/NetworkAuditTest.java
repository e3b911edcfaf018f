package dev.nnlab.network.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.network.NetworkBuilder;
import dev.nnlab.network.audit.Finding.Rule;
import dev.nnlab.network.audit.Finding.Severity;
import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.DataSetDefinition;
import dev.nnlab.network.data.DataSetLoader;
import dev.nnlab.network.data.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The verdicts on the seed cases, on synthetic MNIST-like inputs (and real MNIST when present). */
class NetworkAuditTest {

  private static final PluginCatalog CATALOG = PluginCatalog.standard();
  private static final TrainingPace NIELSEN = TrainingPace.of(3.0, 50_000, 10);
  private static final MnistLike PROBE = MnistLike.batch(7, NetworkAudit.DEFAULT_PROBE_SIZE);
  private static final int[] NIELSEN_SIZES = {784, 30, 10};
  private static final int[] DEEP = {784, 100, 100, 100, 100, 100, 100, 100, 100, 10};

  static Network net(String hidden, String weights, String biases, long seed, int... sizes) {
    NetworkBuilder builder = NetworkBuilder.using(CATALOG).input(sizes[0]).weights(weights).biases(biases).seed(seed);
    for (int l = 1; l < sizes.length; l++) {
      builder.dense(sizes[l], l == sizes.length - 1 ? "test-sigmoid" : hidden);
    }
    return builder.build();
  }

  static AuditReport audit(Network network) {
    return audit(network, PROBE.inputs, PROBE.targets);
  }

  static AuditReport audit(Network network, DMatrixRMaj x, DMatrixRMaj y) {
    return NetworkAudit.audit(network, CATALOG.cost("quadratic").value(), NIELSEN, x, y);
  }

  @Test
  void nanWeightsAreNamedAsNotFiniteNotAsAFrozenLayer() {
    Network network = net("test-sigmoid", "randn", "randn", 1, NIELSEN_SIZES);
    double[] weights = network.parameter("layer2.weights").value().data;
    weights[3] = Double.NaN;
    weights[8] = Double.POSITIVE_INFINITY;

    AuditReport report = audit(network);

    assertThat(report.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.rule()).isEqualTo(Rule.NON_FINITE);
      assertThat(finding.severity()).isEqualTo(Severity.PROBLEM);
      assertThat(finding.layer()).isEqualTo(2);
      assertThat(finding.message()).startsWith("layer 2: 2 of 300 layer2.weights values are not finite (the first"
          + " is NaN)").doesNotContain("frozen");
    });
    assertThat(report.has(Rule.FROZEN)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void randWeightsAndBiasesSaturateEveryHiddenUnitAndCollapseTheOutput(long seed) {
    AuditReport report = audit(net("test-sigmoid", "rand", "rand", seed, NIELSEN_SIZES));

    LayerAudit hidden = report.layer(1);
    // E[z] = 0.5·Σx̄ + 0.5 with Σx̄ = 784 × the probe's mean pixel.
    double expected = 0.5 * 784 * mean(PROBE.inputs) + 0.5;
    assertThat(hidden.preActivation().mean()).isCloseTo(expected, within(0.03 * expected));
    assertThat(hidden.saturation().saturatedFraction()).isEqualTo(1.0);
    assertThat(report.verdict()).isEqualTo(Severity.PROBLEM);
    assertThat(report.findings(Rule.SATURATED).get(0).message())
        .startsWith("hidden layer 1: 100 % of test-sigmoid units saturated (mean z = ")
        .contains("gradients vanish; the network cannot learn. Try xavier-normal or nielsen-default.");
    assertThat(report.findings(Rule.SATURATED).get(0).severity()).isEqualTo(Severity.PROBLEM);
    assertThat(report.collapse().share()).isEqualTo(1.0);
    assertThat(report.findings(Rule.COLLAPSED)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.PROBLEM));
    assertThat(report.findings(Rule.FROZEN)).singleElement()
        .satisfies(f -> assertThat(f.message()).containsPattern("^layers? 1(–2)? frozen"));
    assertThat(hidden.deltaRms()).isLessThan(1e-15);
    assertThat(hidden.epochDrift()).isLessThan(1e-10);
    assertThat(report.has(Rule.SCALE_MISMATCH)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void randnSaturatesPartOfTheHiddenLayer(long seed) {
    AuditReport report = audit(net("test-sigmoid", "randn", "randn", seed, NIELSEN_SIZES));

    double saturated = report.layer(1).saturation().saturatedFraction();
    // z ~ N(b, Σx²) with sqrt(Σx²) ≈ 9.4: P(|z| > 6) ≈ 0.5.
    assertThat(saturated).isBetween(0.35, 0.7);
    assertThat(report.verdict()).isEqualTo(Severity.WARNING);
    assertThat(report.findings(Rule.SATURATED).get(0).message())
        .startsWith("hidden layer 1: ")
        .contains("so the network learns slowly");
    assertThat(report.has(Rule.COLLAPSED)).isFalse();
    assertThat(report.has(Rule.FROZEN)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"xavier-normal", "nielsen-default", "xavier-uniform", "lecun-normal"})
  void bookInitializersAreHealthyOnNielsensNetwork(String weights) {
    for (long seed = 1; seed <= 3; seed++) {
      AuditReport report = audit(net("test-sigmoid", weights, "randn", seed, NIELSEN_SIZES));

      assertThat(report.findings()).as("%s, seed %d", weights, seed).singleElement()
          .satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HEALTHY);
            assertThat(f.message()).startsWith("healthy: ");
          });
      assertThat(report.layer(1).saturation().saturatedFraction()).isLessThan(0.01);
    }
  }

  @Test
  void healthyNetsMayPredictOneClassAtFirstWithoutBeingCollapsed() {
    AuditReport report = audit(net("test-sigmoid", "xavier-normal", "randn", 1, NIELSEN_SIZES));

    assertThat(report.collapse().share()).isGreaterThan(0.9);
    assertThat(report.collapse().inputDependence()).isGreaterThan(0.05);
    assertThat(report.has(Rule.COLLAPSED)).isFalse();
  }

  @Test
  void deepReluWithXavierShrinksTheSignalAndMismatchesTheGain() {
    AuditReport report = audit(net("test-relu", "xavier-normal", "zeros", 1, DEEP));

    assertThat(report.findings(Rule.SIGNAL_SHRINKS)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("hidden layer 1").contains("hidden layer 8").endsWith("Try he-normal."));
    assertThat(report.layer(8).preActivation().std() / report.layer(1).preActivation().std()).isLessThan(0.25);
    assertThat(report.findings(Rule.SCALE_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("layers 2–8: xavier-normal does not match test-relu")
            .contains("divides the signal's variance by about"));
    assertThat(report.verdict()).isEqualTo(Severity.WARNING);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void deepReluWithHeKeepsTheSignal(long seed) {
    AuditReport report = audit(net("test-relu", "he-normal", "zeros", seed, DEEP));

    assertThat(report.verdict()).as("%s", report.findings()).isEqualTo(Severity.HEALTHY);
    double ratio = report.layer(8).preActivation().std() / report.layer(1).preActivation().std();
    assertThat(ratio).isBetween(0.7, 1.4);
  }

  @Test
  void heWithSigmoidInADeepNetIsAMismatch() {
    AuditReport report = audit(net("test-sigmoid", "he-normal", "zeros", 1, 784, 100, 100, 100, 10));

    assertThat(report.findings(Rule.SCALE_MISMATCH)).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).startsWith("layers 2–3: he-normal does not match test-sigmoid")
              .contains("multiplies the signal's variance by about 2")
              .endsWith("Try xavier-normal or nielsen-default.");
        });
  }

  @Test
  void heWithSigmoidOnNielsensNetStaysInsideTheBandBecauseFanOutIsSmall() {
    AuditReport report = audit(net("test-sigmoid", "he-normal", "randn", 1, NIELSEN_SIZES));

    assertThat(report.has(Rule.SCALE_MISMATCH)).isFalse();
  }

  @Test
  void deepSigmoidStacksLoseTheInputWhateverTheInitializer() {
    AuditReport report = audit(net("test-sigmoid", "xavier-normal", "zeros", 1, 784, 100, 100, 100, 100, 10));

    assertThat(report.findings(Rule.COLLAPSED)).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).contains("try tanh, or relu with he-normal");
        });
    assertThat(report.layer(4).signal()).isLessThan(report.layer(1).signal() / 20);
    assertThat(report.findings(Rule.EARLY_LAYERS_SLOW)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("learning slows in earlier layers: hidden layer 1 learns"));
  }

  @Test
  void zerosMakeEveryUnitTheSame() {
    AuditReport report = audit(net("test-sigmoid", "zeros", "zeros", 1, NIELSEN_SIZES));

    assertThat(report.findings(Rule.SYMMETRIC)).hasSize(2);
    assertThat(report.has(Rule.SCALE_MISMATCH)).isFalse();
    assertThat(report.verdict()).isEqualTo(Severity.PROBLEM);
  }

  @Test
  void deadReluUnitsAreCounted() {
    Network network = NetworkBuilder.using(CATALOG).input(784)
        .dense(30, "test-relu", "he-normal", "constant(value=-5)").dense(10, "test-sigmoid", "xavier-normal", "zeros")
        .seed(1).build();
    AuditReport report = audit(network);

    assertThat(report.layer(1).saturation().deadFraction()).isGreaterThan(0.9);
    assertThat(report.findings(Rule.DEAD)).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.PROBLEM);
          assertThat(f.message()).startsWith("hidden layer 1: ").contains("units dead")
              .contains("The biases dominate z here");
        });
  }

  @Test
  void outputSaturationIsIgnoredWhenTheCostHasTheCanonicalLink() {
    Network network = net("test-sigmoid", "xavier-normal", "constant(value=8)", 1, NIELSEN_SIZES);
    AuditReport quadratic = audit(network);
    AuditReport crossEntropy = NetworkAudit.audit(
        network, CATALOG.cost("cross-entropy").value(), NIELSEN, PROBE.inputs, PROBE.targets);

    assertThat(quadratic.findings(Rule.SATURATED)).anyMatch(f -> f.message().startsWith("output layer"));
    assertThat(crossEntropy.canonicalOutput()).isEqualTo(
        CATALOG.cost("cross-entropy").value().hasCanonicalLink(network.layer(2).activation().orElseThrow().value()));
    if (crossEntropy.canonicalOutput()) {
      assertThat(crossEntropy.findings(Rule.SATURATED)).noneMatch(f -> f.message().startsWith("output layer"));
    }
  }

  @Test
  void leavesTheWeightsAlone() {
    Network network = net("test-sigmoid", "randn", "randn", 4, NIELSEN_SIZES);
    DMatrixRMaj before = network.parameter("layer1.weights").value().copy();

    audit(network);

    assertThat(network.parameter("layer1.weights").value().data).containsExactly(before.data);
  }

  @Test
  void refusesMismatchedTargets() {
    Network network = net("test-sigmoid", "randn", "randn", 4, NIELSEN_SIZES);
    assertThatThrownBy(() -> audit(network, PROBE.inputs, new DMatrixRMaj(3, 10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000 inputs and 3 targets");
  }

  @Test
  void reportsFormulasAndFans() {
    AuditReport report = audit(net("test-sigmoid", "xavier-normal", "zeros", 1, NIELSEN_SIZES));

    assertThat(report.layer(1).fan().in()).isEqualTo(784);
    assertThat(report.layer(1).weightFormula()).contains("784+30");
    assertThat(report.layer(2).output()).isTrue();
    assertThat(report.probeSize()).isEqualTo(1000);
  }

  @Test
  void realMnistReproducesTheArithmetic() {
    String value = System.getenv("NNLAB_TEST_MNIST");
    assumeTrue(value != null && !value.isBlank(), "NNLAB_TEST_MNIST is not set; it names a directory holding the real MNIST files");
    assumeTrue(Files.isDirectory(Path.of(value)), "NNLAB_TEST_MNIST=" + value + " is not a directory");
    DataSet data = new DataSetLoader(Path.of(value).getParent(), d -> java.util.List.of())
        .fromDirectory(DataSetDefinition.MNIST, Path.of(value));
    Samples train = data.train();
    DMatrixRMaj x = new DMatrixRMaj(1, 1);
    DMatrixRMaj y = new DMatrixRMaj(1, 1);
    int[] first = IntStream.range(0, 1000).toArray();
    train.copyInputs(first, 0, 1000, x);
    train.copyOneHot(first, 0, 1000, y);

    AuditReport rand = audit(net("test-sigmoid", "rand", "rand", 1, NIELSEN_SIZES), x, y);
    AuditReport xavier = audit(net("test-sigmoid", "xavier-normal", "randn", 1, NIELSEN_SIZES), x, y);

    assertThat(rand.layer(1).preActivation().mean()).isCloseTo(0.5 * 784 * mean(x) + 0.5, within(1.5));
    assertThat(rand.layer(1).preActivation().mean()).isBetween(49.0, 55.0);
    assertThat(rand.has(Rule.SATURATED)).isTrue();
    assertThat(rand.has(Rule.COLLAPSED)).isTrue();
    assertThat(xavier.verdict()).isEqualTo(Severity.HEALTHY);
  }

  private static double mean(DMatrixRMaj m) {
    double sum = 0;
    for (int i = 0; i < m.getNumElements(); i++) {
      sum += m.data[i];
    }
    return sum / m.getNumElements();
  }
}
