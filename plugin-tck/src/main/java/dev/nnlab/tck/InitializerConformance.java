package dev.nnlab.tck;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.init.ValueDistribution;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.PluginEntry;
import dev.nnlab.core.plugin.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.opentest4j.AssertionFailedError;

/**
 * The conformance kit for initializer plugins, as JUnit 5 dynamic tests. A plugin author's whole
 * test class is
 *
 * <pre>{@code
 * class MyInitializerConformanceTest {
 *   @TestFactory
 *   Stream<DynamicNode> conforms() {
 *     return InitializerConformance.forProvider(MyInitializerProvider.class);
 *   }
 * }
 * }</pre>
 *
 * <p>Every example spec of the provider ({@code Plugin.examples()}) is created through the catalog
 * and checked for a square, a wide, a tall, the 784→30, a 1×1 fan and two convolutions' fans (whose
 * weights are {@code filters × (channels·kh·kw)}, PyTorch's {@code weight.view(F, -1)}): the same seed gives the same
 * values; every entry is overwritten; another seed gives other values unless the initializer is
 * deterministic (declared variance 0, or no declared distribution and no draws); the formula shows
 * numbers and follows the fan; bias vectors ({@code out × 1}) are filled; empty or mismatched
 * targets are refused with a message naming the shape. Where a distribution is declared, pooled
 * values match its mean and variance (to 6 standard errors), stay within its bounds and pass a
 * Kolmogorov–Smirnov test (p &gt; 0.001) at a fixed seed.
 */
public final class InitializerConformance {

  /**
   * Square, wide (fewer rows than columns), tall, Nielsen's 784→30, 1×1, and two convolutions:
   * 3 channels into 8 filters of 3×3 (8×27 weights) and network3.py's 1 into 20 of 5×5 (20×25).
   */
  public static final List<Fan> FANS =
      List.of(new Fan(64, 64), new Fan(200, 20), new Fan(20, 200), new Fan(784, 30), new Fan(1, 1),
          Fan.convolution(3, 8, 3, 3), Fan.convolution(1, 20, 5, 5));

  private InitializerConformance() {}

  /** The kit for every initializer plugin {@code catalog} discovers. */
  public static Stream<DynamicNode> forEveryInitializer(PluginCatalog catalog) {
    catalog.initializers().requireNotEmpty();
    return catalog.initializers().entries().stream().map(entry -> forEntry(entry, catalog));
  }

  /** The kit for the provider of class {@code type}, found on the standard catalog. */
  public static Stream<DynamicNode> forProvider(Class<? extends InitializerProvider> type) {
    return forProvider(type, PluginCatalog.standard());
  }

  /**
   * The kit for the provider of class {@code type}, which must be registered in
   * {@code META-INF/services/dev.nnlab.core.init.InitializerProvider} on {@code catalog}'s loader.
   */
  public static Stream<DynamicNode> forProvider(
      Class<? extends InitializerProvider> type, PluginCatalog catalog) {
    List<PluginEntry<Initializer>> entries = catalog.initializers().entries();
    PluginEntry<Initializer> entry = entries.stream()
        .filter(e -> e.plugin().getClass().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError(type.getName() + " is not discovered: list it in"
            + " META-INF/services/" + InitializerProvider.class.getName() + "; discovered: "
            + entries.stream().map(e -> e.plugin().getClass().getName()).collect(Collectors.joining(", "))));
    return Stream.of(forEntry(entry, catalog));
  }

  /**
   * The kit for one initializer object, whatever made it (e.g. a fixture not on any catalog).
   *
   * @param label how the tests are named, e.g. its spec
   */
  public static Stream<DynamicNode> forInitializer(String label, Initializer initializer) {
    List<DynamicNode> nodes = new ArrayList<>();
    for (Fan fan : FANS) {
      nodes.add(dynamicContainer(fan.toString(), forFan(label + " on " + fan, initializer, fan)));
    }
    Fan reference = FANS.get(3);
    nodes.add(Property.of(label, "refuses an empty target, naming its shape",
        () -> InitializerChecks.rejectsEmptyTarget(initializer, reference)));
    nodes.add(Property.of(label, "refuses a target whose shape does not match the fan",
        () -> InitializerChecks.rejectsMismatchedTarget(initializer, reference)));
    nodes.add(Property.of(label, "the formula follows the fan",
        () -> InitializerChecks.formulaFollowsTheFan(initializer, reference, FANS.get(0))));
    return Stream.of(dynamicContainer(label, nodes));
  }

  private static DynamicNode forEntry(PluginEntry<Initializer> entry, PluginCatalog catalog) {
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(Property.of(entry.name(), "has examples, each naming this plugin", () -> {
      if (entry.plugin().examples().isEmpty()) {
        throw new AssertionFailedError("examples() is empty; expected at least one spec, e.g. \""
            + entry.name() + "\"");
      }
      for (String example : entry.plugin().examples()) {
        if (catalog.initializers().require(Spec.parse(example).name()).plugin() != entry.plugin()) {
          throw new AssertionFailedError("example '" + example + "' names another plugin; expected "
              + entry.name() + " or one of its aliases");
        }
      }
    }));
    for (String example : entry.plugin().examples()) {
      Configured<Initializer> configured;
      try {
        configured = catalog.initializer(example);
      } catch (RuntimeException e) {
        nodes.add(Property.of(example, "is created from its spec", () -> {
          throw e;
        }));
        continue;
      }
      nodes.addAll(forInitializer(configured.spec(), configured.value()).toList());
    }
    return dynamicContainer(entry.name() + " (" + entry.plugin().getClass().getName() + ")", nodes);
  }

  private static Stream<DynamicNode> forFan(String subject, Initializer initializer, Fan fan) {
    InitializerChecks checks = new InitializerChecks(initializer, fan);
    List<DynamicNode> tests = new ArrayList<>();
    tests.add(Property.of(subject, "the same seed gives identical values",
        () -> checks.sameSeedGivesIdenticalValues(fan.in())));
    tests.add(Property.of(subject, "overwrites every entry with a finite value",
        () -> checks.overwritesEveryEntry(fan.in())));
    tests.add(Property.of(subject, "fills a " + fan.outChannels() + "×1 bias, reproducibly", () -> {
      checks.sameSeedGivesIdenticalValues(1);
      checks.overwritesEveryEntry(1);
    }));
    tests.add(Property.of(subject, "another seed gives other values unless it is deterministic",
        checks::seedDependence));
    tests.add(Property.of(subject, "the formula shows the numbers", checks::formulaNamesTheNumbers));
    Optional<ValueDistribution> declared;
    try {
      declared = initializer.distribution(fan);
    } catch (RuntimeException e) {
      tests.add(Property.of(subject, "declares its distribution", () -> {
        throw e;
      }));
      return tests.stream();
    }
    declared.ifPresent(d -> tests.addAll(distributionTests(subject, checks, d)));
    return tests.stream();
  }

  private static List<DynamicNode> distributionTests(String subject, InitializerChecks checks, ValueDistribution d) {
    List<DynamicNode> tests = new ArrayList<>();
    tests.add(Property.of(subject, "the declared distribution is coherent", () -> checks.distributionIsCoherent(d)));
    tests.add(Property.of(subject, "every value within the declared bounds", () -> checks.valuesWithinBounds(d)));
    if (d.variance() == 0) {
      tests.add(Property.of(subject, "every value equals the declared constant", () -> checks.everyValueEqualsTheConstant(d)));
      return tests;
    }
    tests.add(Property.of(subject, "sample mean matches the declared mean", () -> checks.meanMatches(d)));
    tests.add(Property.of(subject, "sample variance matches the declared variance", () -> checks.varianceMatches(d)));
    tests.add(Property.of(subject, "Kolmogorov–Smirnov test against the declared cdf", () -> checks.kolmogorovSmirnov(d)));
    return tests;
  }
}
