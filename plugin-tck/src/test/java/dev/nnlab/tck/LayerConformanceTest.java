package dev.nnlab.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.tck.AffineFixture.Defect;
import dev.nnlab.tck.DynamicTestOutcomes.Outcome;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each check of the layer kit passes a correct layer and fails one broken in its particular way. */
class LayerConformanceTest {

  private static final String SHAPES = "infers output shapes and refuses others in one line";

  @Test
  void aCorrectLayerPassesEveryCheckOnEveryInput() {
    List<Outcome> outcomes = DynamicTestOutcomes.run(LayerConformance.forDefinition("tck-affine", new AffineFixture(Defect.NONE)));
    assertThat(outcomes).hasSize(1 + 8 * LayerConformance.INPUTS.size()).noneMatch(Outcome::failed);
  }

  static Stream<Arguments> brokenLayers() {
    return Stream.of(
        Arguments.of(Defect.WRONG_INPUT_GRADIENT, Set.of(LayerChecks.TRAINING_GRADIENTS, LayerChecks.INFERENCE_GRADIENTS)),
        Arguments.of(Defect.ACCUMULATING_GRADIENT, Set.of(LayerChecks.PARAMETERS)),
        Arguments.of(Defect.MULTI_LINE_REFUSAL, Set.of(SHAPES)),
        Arguments.of(Defect.UNSEEDED_WEIGHTS, Set.of(LayerChecks.DETERMINISM, LayerChecks.MODES, LayerChecks.HYGIENE)),
        Arguments.of(Defect.SHARED_STREAM, Set.of(LayerChecks.DETERMINISM)),
        Arguments.of(Defect.UNDECLARED_NOISE, Set.of(LayerChecks.MODES)),
        Arguments.of(Defect.FALSE_MODE_DEPENDENCE, Set.of(LayerChecks.MODES)),
        Arguments.of(Defect.TRAINED_SHIFT_MOVED_IN_FORWARD, Set.of(LayerChecks.PARAMETERS)),
        Arguments.of(Defect.BUFFER_MOVED_IN_INFERENCE, Set.of(LayerChecks.PARAMETERS)),
        Arguments.of(Defect.UNPREFIXED_NAME, Set.of(LayerChecks.PARAMETERS)),
        Arguments.of(Defect.ACCUMULATING_OUTPUT, Set.of(LayerChecks.HYGIENE)),
        Arguments.of(Defect.BATCH_SIZE_LEAKS_INTO_ROWS, Set.of(LayerChecks.ROWS)),
        Arguments.of(Defect.LYING_GEOMETRY, Set.of(LayerChecks.GEOMETRY)));
  }

  @ParameterizedTest(name = "{0} fails exactly {1}")
  @MethodSource("brokenLayers")
  void aBrokenLayerFailsItsCheck(Defect defect, Set<String> expected) {
    assertThat(failedProperties("tck-affine", new AffineFixture(defect))).isEqualTo(new TreeSet<>(expected));
  }

  @Test
  void grossDefectsAreCaughtAmongOthers() {
    assertThat(failedProperties("tck-affine", new AffineFixture(Defect.WRONG_OUTPUT_WIDTH))).contains(SHAPES);
    assertThat(failedProperties("tck-affine", new AffineFixture(Defect.INPUT_MUTATION))).contains(LayerChecks.HYGIENE);
  }

  @Test
  void theNamedSemanticsAreHeldToPyTorchs() {
    assertThat(failedProperties("dropout(rate=0.5)", new NamedFixtures.UnscaledDropout())).containsExactly(NamedLayerChecks.DROPOUT);
    assertThat(failedProperties("batch-norm(momentum=0.1, epsilon=1e-5)", new NamedFixtures.BiasedRunningVariance()))
        .containsExactly(NamedLayerChecks.BATCH_NORM);
  }

  @Test
  void aFailureIsOneLineNamingSpecShapePropertyAndCounterexample() {
    Throwable failure = DynamicTestOutcomes.run(LayerConformance.forDefinition("tck-affine", new AffineFixture(Defect.WRONG_INPUT_GRADIENT)))
        .stream().filter(Outcome::failed).findFirst().orElseThrow().failure();
    assertThat(failure.getMessage())
        .startsWith("tck-affine on 6: " + LayerChecks.TRAINING_GRADIENTS + ": ∂C/∂input[0][0]: backward gives ")
        .contains("finite differences", "relative error")
        .doesNotContain("\n")
        .hasSizeLessThan(300);
  }

  @Test
  void checksExamplesAndRegistrationThroughTheCatalog() throws Exception {
    URL fixtures = getClass().getResource("/tck-layer-fixtures/");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {fixtures}, getClass().getClassLoader())) {
      PluginCatalog catalog = PluginCatalog.of(loader);
      List<Outcome> outcomes = DynamicTestOutcomes.run(LayerConformance.forCatalog(catalog));
      assertThat(outcomes).extracting(Outcome::path).anySatisfy(path -> assertThat(path)
          .startsWith("layer tck-affine (").endsWith("/ tck-affine / on 2×5×5 / tck-affine on 2×5×5: " + LayerChecks.TRAINING_GRADIENTS));
      List<Outcome> failed = outcomes.stream().filter(Outcome::failed).toList();
      assertThat(failed).hasSize(2);
      assertThat(failed.get(0).path()).startsWith("layer tck-forgetful")
          .endsWith("tck-forgetful(scale=2) / tck-forgetful(scale=2): toString() is a spec that reads back as the same layer");
      assertThat(failed.get(0).failure()).hasMessage(
          "tck-forgetful(scale=2): toString() gives 'tck-forgetful', which builds a layer that computes other outputs on 6 (entry [0][0])");
      assertThat(failed.get(1).path()).startsWith("layer tck-lazy-examples").endsWith("examples name it and exercise every parameter");
      assertThat(failed.get(1).failure()).hasMessageContaining("no example sets parameter 'scale'");
      assertThat(DynamicTestOutcomes.run(LayerConformance.forProvider(new FixtureLayerProviders.Affine(), catalog)))
          .isNotEmpty().noneMatch(Outcome::failed);
      assertThat(DynamicTestOutcomes.run(LayerConformance.forProvider(new FixtureLayerProviders.Unregistered(), catalog)))
          .singleElement().satisfies(outcome -> assertThat(outcome.failure())
              .hasMessageContaining("no layer named 'tck-unregistered' is registered")
              .hasMessageContaining("META-INF/services/dev.nnlab.core.layer.LayerProvider"));
    }
  }

  private static Set<String> failedProperties(String spec, LayerDefinition definition) {
    return DynamicTestOutcomes.run(LayerConformance.forDefinition(spec, definition)).stream()
        .filter(Outcome::failed)
        .map(Outcome::property)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
