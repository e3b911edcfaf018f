package dev.nnlab.tck;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.LayerProvider;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.Plugin;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.PluginEntry;
import dev.nnlab.core.plugin.PluginKinds;
import dev.nnlab.core.plugin.PluginRegistry;
import dev.nnlab.core.plugin.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * The layer conformance kit: JUnit 5 dynamic tests that every layer plugin, stock or third-party,
 * must pass. Return them from a {@code @TestFactory}:
 *
 * <pre>{@code
 * class MyLayerConformanceTest {
 *   @TestFactory
 *   Stream<DynamicNode> conforms() {
 *     return LayerConformance.forProvider(new MyLayerProvider());
 *   }
 * }
 * }</pre>
 *
 * <p>Each of the provider's example specs is made through the registry; its {@code toString()} must
 * read back as itself and build a layer with the same outputs. It is offered the input shapes
 * {@link #INPUTS}. It must accept at least one, infer the output shape of each it accepts
 * and refuse the others with a one-line reason. On every accepted shape, with a batch of
 * {@value LayerSubject#BATCH} examples at position {@value LayerSubject#POSITION} of a network
 * whose activation is tanh and whose initializers draw N(0, 1/fan_in) ({@link LayerContexts}):
 * backward matches central finite differences of forward, for ∂C/∂input and every trainable
 * parameter, after a training pass and after an inference pass; parameters are named
 * {@code layer<position>.<name>}, backward overwrites every trainable gradient and changes no
 * value, a training pass changes only buffers and an inference pass nothing; the same seeds give
 * the same parameters and outputs, and weights and biases come from their own streams; a layer
 * that does not declare {@link dev.nnlab.core.layer.ModeDependence} computes one function in both
 * modes and draws nothing, one that does computes two, and inference never draws; inference treats
 * rows independently at any batch size; inputs are not modified and stale output buffers are
 * overwritten; a declared Convolution/Pooling/DenseGeometry computes what the layer computes. The
 * names {@code dropout} and {@code batch-norm} must behave as PyTorch's. Failure messages are one
 * line: spec, input shape, property, counterexample.
 */
public final class LayerConformance {

  /** A flat vector, a small image with two channels, and a non-square one with three. */
  public static final List<Shape> INPUTS = List.of(Shape.flat(6), Shape.image(2, 5, 5), Shape.image(3, 7, 6));

  private LayerConformance() {}

  /** The kit for every layer plugin discovered in {@code catalog}. */
  public static Stream<DynamicNode> forCatalog(PluginCatalog catalog) {
    PluginRegistry<LayerDefinition> layers = catalog.registry(PluginKinds.LAYER);
    if (layers.entries().isEmpty()) {
      return Stream.of(dynamicTest("layers are discovered", layers::requireNotEmpty));
    }
    return layers.entries().stream().map(entry -> forEntry(entry, catalog));
  }

  /** The kit for one provider, looked up in the catalog of the class loader that loaded it (so registration is checked too). */
  public static Stream<DynamicNode> forProvider(LayerProvider provider) {
    return forProvider(provider, PluginCatalog.of(provider.getClass().getClassLoader()));
  }

  /** The kit for one provider as registered in {@code catalog}. */
  public static Stream<DynamicNode> forProvider(LayerProvider provider, PluginCatalog catalog) {
    PluginEntry<LayerDefinition> entry = catalog.registry(PluginKinds.LAYER).find(provider.name()).orElse(null);
    if (entry == null || entry.plugin().getClass() != provider.getClass()) {
      String problem = entry == null
          ? "no layer named '" + provider.name() + "' is registered"
          : "the name '" + provider.name() + "' belongs to " + entry.plugin().getClass().getName();
      return Stream.of(dynamicTest(provider.name() + " is registered", () -> {
        throw new AssertionFailedError(problem + "; add " + provider.getClass().getName() + " to META-INF/services/"
            + LayerProvider.class.getName());
      }));
    }
    return Stream.of(forEntry(entry, catalog));
  }

  /**
   * The per-definition checks, for a definition made outside a catalog.
   *
   * @param spec names it in test names and messages; its plugin name selects the named checks
   */
  public static Stream<DynamicNode> forDefinition(String spec, LayerDefinition definition) {
    return perShape(spec, definition, definition.toString());
  }

  private static DynamicNode forEntry(PluginEntry<LayerDefinition> entry, PluginCatalog catalog) {
    Plugin<LayerDefinition> plugin = entry.plugin();
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(Property.of(plugin.name(), "describes itself", () -> describesItself(plugin)));
    nodes.add(Property.of(plugin.name(), "examples name it and exercise every parameter", () -> examplesCoverParameters(plugin, catalog)));
    for (String example : plugin.examples()) {
      Configured<LayerDefinition> made;
      try {
        made = catalog.layer(example);
      } catch (RuntimeException e) {
        nodes.add(Property.of(example, "is created from its spec", () -> {
          throw e;
        }));
        continue;
      }
      List<DynamicNode> perExample = new ArrayList<>();
      perExample.add(Property.of(example, "toString() is a spec that reads back as the same layer", () -> roundTrip(example, made, catalog)));
      perShape(example, made.value(), made.spec()).forEach(perExample::add);
      nodes.add(dynamicContainer(example, perExample));
    }
    return dynamicContainer("layer " + plugin.name() + " (" + entry.location() + ")", nodes);
  }

  private static Stream<DynamicNode> perShape(String spec, LayerDefinition definition, String canonical) {
    List<DynamicNode> nodes = new ArrayList<>();
    List<Shape> accepted = new ArrayList<>();
    List<String> refusals = new ArrayList<>();
    for (Shape input : INPUTS) {
      try {
        definition.outputShape(input);
        accepted.add(input);
      } catch (IllegalArgumentException e) {
        refusals.add(input + ": " + e.getMessage());
      }
    }
    nodes.add(Property.of(spec, "infers output shapes and refuses others in one line", () -> shapes(spec, definition, accepted, refusals)));
    String name = Spec.parse(spec).name();
    for (Shape input : accepted) {
      LayerSubject s = new LayerSubject(spec, definition, input);
      List<DynamicNode> tests = new ArrayList<>();
      tests.add(test(LayerChecks.TRAINING_GRADIENTS, s, LayerChecks::trainingGradients));
      tests.add(test(LayerChecks.INFERENCE_GRADIENTS, s, LayerChecks::inferenceGradients));
      tests.add(test(LayerChecks.PARAMETERS, s, LayerChecks::parameters));
      tests.add(test(LayerChecks.DETERMINISM, s, LayerChecks::determinism));
      tests.add(test(LayerChecks.MODES, s, LayerChecks::modes));
      tests.add(test(LayerChecks.ROWS, s, LayerChecks::rows));
      tests.add(test(LayerChecks.HYGIENE, s, LayerChecks::hygiene));
      tests.add(test(LayerChecks.GEOMETRY, s, LayerChecks::geometry));
      if (name.equals("dropout")) {
        tests.add(test(NamedLayerChecks.DROPOUT, s, subject -> NamedLayerChecks.dropout(subject, canonical)));
      } else if (name.equals("batch-norm")) {
        tests.add(test(NamedLayerChecks.BATCH_NORM, s, subject -> NamedLayerChecks.batchNorm(subject, canonical)));
      }
      nodes.add(dynamicContainer("on " + input, tests));
    }
    return nodes.stream();
  }

  private interface Check {
    void run(LayerSubject subject);
  }

  private static DynamicTest test(String property, LayerSubject subject, Check check) {
    return Property.of(subject.label(), property, () -> check.run(subject));
  }

  private static void shapes(String spec, LayerDefinition definition, List<Shape> accepted, List<String> refusals) {
    if (accepted.isEmpty()) {
      throw new AssertionFailedError(spec + ": accepts none of the kit's inputs " + INPUTS + ": " + refusals);
    }
    for (String refusal : refusals) {
      if (refusal.contains("\n") || refusal.endsWith(": ") || refusal.endsWith(": null")) {
        throw new AssertionFailedError(spec + ": a refused input needs a one-line reason; on " + refusal.replace('\n', '|'));
      }
    }
    for (Shape input : accepted) {
      Shape output = definition.outputShape(input);
      if (!output.equals(definition.outputShape(input))) {
        throw new AssertionFailedError(spec + " on " + input + ": outputShape gave two answers for one input");
      }
      Layer layer = definition.create(LayerContexts.at(LayerSubject.POSITION, input));
      if (!layer.inputShape().equals(input) || !layer.outputShape().equals(output) || layer.position() != LayerSubject.POSITION) {
        throw new AssertionFailedError(spec + " on " + input + ": the layer reports position " + layer.position() + ", "
            + layer.inputShape() + " -> " + layer.outputShape() + "; its definition says " + LayerSubject.POSITION + ", "
            + input + " -> " + output);
      }
      LayerSubject s = new LayerSubject(spec, definition, input);
      for (Mode mode : Mode.values()) {
        var out = LayerSubject.forward(s.build(), s.inputs(LayerSubject.BATCH, 0), mode, LayerSubject.DROPOUT_SEED);
        if (out.numRows != LayerSubject.BATCH || out.numCols != output.size()) {
          throw new AssertionFailedError(s.label() + ": the " + mode + " output is " + out.numRows + "×" + out.numCols
              + ", expected " + LayerSubject.BATCH + "×" + output.size() + " (" + output + " per example)");
        }
      }
    }
  }

  /**
   * Networks are saved and shown by their layers' {@code toString()}, so it must be a spec that
   * reads back as itself and builds a layer that computes the same (same seeds, same output).
   */
  private static void roundTrip(String example, Configured<LayerDefinition> made, PluginCatalog catalog) {
    String written = made.value().toString();
    LayerDefinition again;
    try {
      again = catalog.layer(written).value();
    } catch (RuntimeException e) {
      throw new AssertionFailedError(example + ": toString() gives '" + written + "', which is not a spec: " + e.getMessage());
    }
    if (!again.toString().equals(written)) {
      throw new AssertionFailedError(example + ": toString() gives '" + written + "', which reads back as '" + again + "'");
    }
    for (Shape input : INPUTS) {
      try {
        made.value().outputShape(input);
      } catch (IllegalArgumentException refused) {
        continue;
      }
      LayerSubject original = new LayerSubject(example, made.value(), input);
      LayerSubject reread = new LayerSubject(example, again, input);
      var x = original.inputs(LayerSubject.BATCH, 0);
      var expected = LayerSubject.forward(original.build(), x, Mode.TRAINING, LayerSubject.DROPOUT_SEED);
      var actual = LayerSubject.forward(reread.build(), x, Mode.TRAINING, LayerSubject.DROPOUT_SEED);
      if (LayerSubject.firstDifference(actual, expected) >= 0) {
        throw new AssertionFailedError(example + ": toString() gives '" + written + "', which builds a layer that computes"
            + " other outputs on " + input + " (entry " + LayerSubject.at(expected, LayerSubject.firstDifference(actual, expected)) + ")");
      }
      return;
    }
  }

  private static void describesItself(Plugin<LayerDefinition> plugin) {
    if (plugin.description() == null || plugin.description().isBlank() || plugin.description().contains("\n")) {
      throw new AssertionFailedError(plugin.name() + ": description() must be one non-blank line");
    }
    if (plugin.examples().isEmpty()) {
      throw new AssertionFailedError(plugin.name() + ": examples() is empty");
    }
  }

  private static void examplesCoverParameters(Plugin<LayerDefinition> plugin, PluginCatalog catalog) {
    List<String> written = new ArrayList<>();
    for (String example : plugin.examples()) {
      Spec spec = Spec.parse(example);
      if (!catalog.registry(PluginKinds.LAYER).find(spec.name()).map(PluginEntry::name).orElse("").equals(plugin.name())) {
        throw new AssertionFailedError(plugin.name() + ": example '" + example + "' must name this plugin");
      }
      written.addAll(spec.arguments().keySet());
    }
    for (ParameterSpec parameter : plugin.parameters()) {
      if (!written.contains(parameter.name())) {
        throw new AssertionFailedError(plugin.name() + ": no example sets parameter '" + parameter.name() + "'; add one to examples()");
      }
    }
  }
}
