package dev.nnlab.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.Plugin;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.PluginEntry;
import dev.nnlab.core.plugin.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * The activation conformance kit: JUnit 5 dynamic tests that every activation plugin, stock or
 * third-party, must pass. Return them from a {@code @TestFactory}:
 *
 * <pre>{@code
 * class MyActivationConformanceTest {
 *   @TestFactory
 *   Stream<DynamicNode> conforms() {
 *     return ActivationConformance.forProvider(new MyActivationProvider());
 *   }
 * }
 * }</pre>
 *
 * <p>For each of the provider's {@link Plugin#examples() example specs} the activation is made
 * through the registry and checked: backward matches central finite differences of forward (the
 * full vector-Jacobian product, to 1e-6 relative, at seeded random points; see
 * {@link ActivationGradientCheck} for how kinks are told from errors); forward and backward stay
 * finite at z = ±1e4, ±700, ±30; outputs lie within {@link Activation#range()}; inputs are not
 * modified; outputs do not depend on stale buffer contents; rows (samples) are independent; the gain
 * is finite and positive. Element-wise activations must also agree with their own
 * {@code value}/{@code derivative} (within 4 ulps), and an activation named {@code softmax} must
 * make every row sum to 1. The provider itself must describe itself, and its examples must name it
 * and exercise every parameter it declares.
 */
public final class ActivationConformance {

  private ActivationConformance() {}

  /** The kit for every activation discovered in {@code catalog}. */
  public static Stream<DynamicNode> forCatalog(PluginCatalog catalog) {
    List<PluginEntry<Activation>> entries = catalog.activations().entries();
    if (entries.isEmpty()) {
      return Stream.of(dynamicTest("activations are discovered", () -> catalog.activations().requireNotEmpty()));
    }
    return entries.stream().map(entry -> forEntry(entry, catalog));
  }

  /**
   * The kit for one provider, looked up in the catalog of the class loader that loaded it, so the
   * kit also proves the provider is registered in {@code META-INF/services}.
   */
  public static Stream<DynamicNode> forProvider(ActivationProvider provider) {
    return forProvider(provider, PluginCatalog.of(provider.getClass().getClassLoader()));
  }

  /** The kit for one provider as registered in {@code catalog}. */
  public static Stream<DynamicNode> forProvider(ActivationProvider provider, PluginCatalog catalog) {
    PluginEntry<Activation> entry = catalog.activations().find(provider.name()).orElse(null);
    if (entry == null || entry.plugin().getClass() != provider.getClass()) {
      String problem = entry == null
          ? "no activation named '" + provider.name() + "' is registered"
          : "the name '" + provider.name() + "' belongs to " + entry.plugin().getClass().getName();
      return Stream.of(dynamicTest(provider.name() + " is registered", () -> fail(
          problem + "; add " + provider.getClass().getName() + " to META-INF/services/"
              + ActivationProvider.class.getName())));
    }
    return Stream.of(forEntry(entry, catalog));
  }

  /**
   * The per-instance checks for one activation object, for activations made outside a catalog.
   *
   * @param label names the activation in test names and failure messages, and seeds its samples
   */
  public static Stream<DynamicTest> forActivation(String label, Activation activation) {
    return checks(label, () -> activation);
  }

  private static DynamicNode forEntry(PluginEntry<Activation> entry, PluginCatalog catalog) {
    Plugin<Activation> plugin = entry.plugin();
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(Property.of(plugin.name(), "describes itself", () -> describesItself(plugin)));
    nodes.add(Property.of(plugin.name(), "examples name it and exercise every parameter", () -> examplesCoverParameters(plugin, catalog)));
    for (String example : plugin.examples()) {
      Supplier<Activation> made = memoized(() -> catalog.activation(example).value());
      List<DynamicNode> perExample = new ArrayList<>();
      perExample.add(Property.of(example, "is created from its spec", made::get));
      checks(example, made).forEach(perExample::add);
      nodes.add(dynamicContainer(example, perExample));
    }
    return dynamicContainer("activation " + plugin.name() + " (" + entry.location() + ")", nodes);
  }

  private static Stream<DynamicTest> checks(String label, Supplier<Activation> made) {
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(check("gain is finite and > 0", label, made, ActivationChecks::gainIsPositive));
    tests.add(check("backward matches central finite differences", label, made, ActivationChecks::backwardMatchesFiniteDifferences));
    tests.add(check("stable at ±1e4, ±700, ±30", label, made, ActivationChecks::stableAtExtremes));
    tests.add(check("outputs lie within range()", label, made, ActivationChecks::outputsWithinRange));
    tests.add(check("forward and backward leave their inputs unchanged", label, made, ActivationChecks::inputsUnchanged));
    tests.add(check("outputs ignore stale buffer contents", label, made, ActivationChecks::outputsIgnoreStaleContents));
    tests.add(check("rows are independent samples", label, made, ActivationChecks::rowsAreIndependent));
    tests.add(check("element-wise: forward equals value(), backward equals gradA·derivative()", label, made,
        (l, activation) -> {
          if (activation instanceof ElementwiseActivation elementwise) {
            ActivationChecks.elementwiseForwardMatchesValue(l, elementwise);
            ActivationChecks.elementwiseBackwardMatchesDerivative(l, elementwise);
          }
        }));
    if (Spec.parse(label).name().equals("softmax")) {
      tests.add(check("rows sum to 1", label, made, ActivationChecks::rowsSumToOne));
    }
    return tests.stream();
  }

  private interface Check {
    void run(String label, Activation activation);
  }

  private static DynamicTest check(String name, String label, Supplier<Activation> made, Check check) {
    return Property.of(label, name, () -> check.run(label, made.get()));
  }

  private static void describesItself(Plugin<Activation> plugin) {
    assertThat(plugin.description()).as("%s: description()", plugin.name()).isNotBlank().doesNotContain("\n");
    assertThat(plugin.examples()).as("%s: examples()", plugin.name()).isNotEmpty();
  }

  private static void examplesCoverParameters(Plugin<Activation> plugin, PluginCatalog catalog) {
    List<String> written = new ArrayList<>();
    for (String example : plugin.examples()) {
      Spec spec = Spec.parse(example);
      assertThat(catalog.activations().find(spec.name()).map(PluginEntry::name))
          .as("%s: example '%s' must name this plugin", plugin.name(), example)
          .contains(plugin.name());
      written.addAll(spec.arguments().keySet());
    }
    for (ParameterSpec parameter : plugin.parameters()) {
      assertThat(written)
          .as("%s: no example sets parameter '%s'; add one to examples()", plugin.name(), parameter.name())
          .contains(parameter.name());
    }
  }

  /** Creates once, on first use; a failure is rethrown to every test that needs the instance. */
  private static <T> Supplier<T> memoized(Supplier<T> factory) {
    return new Supplier<>() {
      private T value;
      private RuntimeException failure;

      @Override
      public synchronized T get() {
        if (value == null && failure == null) {
          try {
            value = factory.get();
          } catch (RuntimeException e) {
            failure = e;
          }
        }
        if (failure != null) {
          throw failure;
        }
        return value;
      }
    };
  }
}
