package dev.nnlab.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.tck.DynamicTestOutcomes.Outcome;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Each check of the kit passes a correct activation and fails one broken in its particular way. */
class ActivationConformanceTest {

  private static final String GRADIENT = "backward matches central finite differences";

  @Test
  void correctActivationsPassEveryCheck() {
    assertThat(failures("tck-good-tanh-fixture", new ActivationFixtures.GoodTanh())).isEmpty();
    List<Outcome> softmax = DynamicTestOutcomes.run(ActivationConformance.forActivation("softmax", new ActivationFixtures.GoodSoftmax()));
    assertThat(softmax).extracting(Outcome::property).contains("rows sum to 1", GRADIENT);
    assertThat(softmax).filteredOn(Outcome::failed).isEmpty();
  }

  static Stream<Arguments> brokenFixtures() {
    return Stream.of(
        Arguments.of("tck-wrong-derivative-fixture", new ActivationFixtures.WrongDerivative(), List.of(GRADIENT)),
        Arguments.of("softmax", new ActivationFixtures.DiagonalSoftmax(), List.of(GRADIENT)),
        Arguments.of("softmax", new ActivationFixtures.HalfSoftmax(), List.of("rows sum to 1")),
        Arguments.of("tck-naive-sigmoid-fixture", new ActivationFixtures.NaiveSigmoid(), List.of("stable at ±1e4, ±700, ±30")),
        Arguments.of("tck-range-liar-fixture", new ActivationFixtures.RangeLiar(), List.of("outputs lie within range()")),
        Arguments.of("tck-zero-gain-fixture", new ActivationFixtures.ZeroGain(), List.of("gain is finite and > 0")),
        Arguments.of("tck-accumulator-fixture", new ActivationFixtures.Accumulator(),
            List.of(GRADIENT, "outputs ignore stale buffer contents")),
        Arguments.of("tck-batch-centring-fixture", new ActivationFixtures.BatchCentring(), List.of("rows are independent samples")),
        Arguments.of("tck-inconsistent-fixture", new ActivationFixtures.InconsistentElementwise(),
            List.of("element-wise: forward equals value(), backward equals gradA·derivative()")));
  }

  @ParameterizedTest(name = "{1} fails exactly {2}")
  @MethodSource("brokenFixtures")
  void brokenActivationsFailTheirCheck(String label, Activation activation, List<String> expectedFailures) {
    assertThat(failures(label, activation)).containsExactlyInAnyOrderElementsOf(expectedFailures);
  }

  @Test
  void anActivationThatWritesIntoItsInputIsCaught() {
    assertThat(failures("tck-input-mutator-fixture", new ActivationFixtures.InputMutator()))
        .contains("forward and backward leave their inputs unchanged");
  }

  @Test
  void failureMessagesSayWhereAndByHowMuch() {
    Throwable failure = DynamicTestOutcomes.run(
            ActivationConformance.forActivation("tck-wrong-derivative-fixture", new ActivationFixtures.WrongDerivative()))
        .stream().filter(o -> o.property().equals(GRADIENT)).findFirst().orElseThrow().failure();
    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageContaining("tck-wrong-derivative-fixture: backward disagrees with central finite differences")
        .hasMessageContaining("at entry (0, 0)")
        .hasMessageContaining("relative error");
  }

  @Test
  void checksProvidersExamplesAndRegistration() throws Exception {
    URL fixtures = getClass().getResource("/tck-activation-fixtures/");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {fixtures}, getClass().getClassLoader())) {
      PluginCatalog catalog = PluginCatalog.of(loader);
      List<Outcome> outcomes = DynamicTestOutcomes.run(ActivationConformance.forCatalog(catalog));
      assertThat(outcomes).extracting(Outcome::path).anySatisfy(path -> assertThat(path)
          .startsWith("activation tck-scaled-fixture (")
          .endsWith("/ tck-scaled-fixture(scale=2) / tck-scaled-fixture(scale=2): " + GRADIENT));
      assertThat(outcomes).filteredOn(Outcome::failed).singleElement().satisfies(outcome -> {
        assertThat(outcome.path()).startsWith("activation tck-lazy-examples-fixture")
            .endsWith("examples name it and exercise every parameter");
        assertThat(outcome.failure()).hasMessageContaining("no example sets parameter 'scale'");
      });

      assertThat(DynamicTestOutcomes.run(ActivationConformance.forProvider(new FixtureActivationProviders.Scaled(), catalog)))
          .isNotEmpty().noneMatch(Outcome::failed);
      assertThat(DynamicTestOutcomes.run(ActivationConformance.forProvider(new FixtureActivationProviders.Unregistered(), catalog)))
          .singleElement().satisfies(outcome -> assertThat(outcome.failure())
              .hasMessageContaining("no activation named 'tck-unregistered-fixture' is registered")
              .hasMessageContaining("META-INF/services/dev.nnlab.core.activation.ActivationProvider"));
    }
  }

  private static List<String> failures(String label, Activation activation) {
    return DynamicTestOutcomes.run(ActivationConformance.forActivation(label, activation)).stream()
        .filter(Outcome::failed).map(Outcome::property).toList();
  }
}
