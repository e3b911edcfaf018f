package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.tck.ActivationConformance;
import dev.nnlab.tck.DynamicTestOutcomes;
import dev.nnlab.tck.DynamicTestOutcomes.Outcome;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit is not a rubber stamp: over the stock activations plus one with a subtly wrong
 * derivative, exactly the broken one's gradient checks fail.
 */
class ConformanceKitFlagsBrokenActivationTest {

  @Test
  void flagsTheWrongDerivativeAndNothingElse() throws Exception {
    URL fixtureRoot = getClass().getResource("/tck-broken-fixture/");
    assertThat(fixtureRoot).as("test resource directory tck-broken-fixture").isNotNull();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {fixtureRoot}, getClass().getClassLoader())) {
      PluginCatalog catalog = PluginCatalog.of(loader);
      assertThat(catalog.activations().names()).contains("tck-broken-fixture", "sigmoid");

      List<Outcome> outcomes = DynamicTestOutcomes.run(ActivationConformance.forCatalog(catalog));
      List<Outcome> failed = outcomes.stream().filter(Outcome::failed).toList();

      assertThat(outcomes).hasSizeGreaterThan(200);
      // backward is consistent with the (wrong) derivative(), so only the numeric check can fail
      assertThat(failed).singleElement().satisfies(outcome -> assertThat(outcome.path())
          .startsWith("activation tck-broken-fixture")
          .endsWith("/ tck-broken-fixture / tck-broken-fixture: backward matches central finite differences"));
      assertThat(failed.get(0).failure()).isInstanceOf(AssertionError.class)
          .hasMessageContaining("tck-broken-fixture: backward disagrees with central finite differences");
    }
  }
}
