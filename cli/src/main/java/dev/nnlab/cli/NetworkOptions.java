package dev.nnlab.cli;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.Regularizer;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.PluginDiscoveryException;
import dev.nnlab.core.plugin.PluginEntry;
import dev.nnlab.core.plugin.PluginKinds;
import dev.nnlab.core.plugin.Spec;
import dev.nnlab.cli.train.DataShape;
import dev.nnlab.cli.train.Preset;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.NetworkBuilder;
import dev.nnlab.network.cost.OutputDomain;
import dev.nnlab.network.data.DataSetDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The network and training options every command that trains shares ({@code @Mixin NetworkOptions
 * network;}): a preset for the defaults, then every component by spec string and every
 * hyperparameter by name. {@link #resolve} validates all of them at once and returns a
 * {@link TrainingSetup}; an invalid value is an {@link IllegalArgumentException} whose message is
 * one line naming the option, the value and what is allowed.
 */
public final class NetworkOptions {

  static final int MAX_EPOCHS = 10_000;

  /** The most neurons a layer may have, in --sizes and bench's --hidden. */
  static final int MAX_NEURONS = 100_000;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      defaultValue = "network",
      description =
          "Defaults to start from: network (network.py, chapter 1), network2 (network2.py, chapter 3:"
              + " cross-entropy, nielsen-default weights, λ=5, η=0.5, validation), or network3.py's chapter-6"
              + " nets network3-fc, network3-conv, network3-conv2, network3-conv2-relu (their layers, init,"
              + " softmax + log-likelihood, 60 epochs). Default: ${DEFAULT-VALUE}.")
  String preset;

  @Option(
      names = "--sizes",
      paramLabel = "N,N,...",
      description = "Neurons per layer, input first; 784 in, 10 out (preset: 784,30,10).")
  String sizes;

  @Option(
      names = "--layers",
      paramLabel = "SPEC,SPEC,...",
      description =
          "The layers, instead of --sizes: specs separated by commas, on the data set's 1×28×28 images,"
              + " e.g. \"dense(units=30),dense(units=10)\" (see `nnlab plugins` for the layer kinds);"
              + " layers without an activation take --activation, the last one --output-activation.")
  String layers;

  @Option(
      names = "--init",
      paramLabel = "SPEC",
      description = "Weight initializer, e.g. randn, rand, xavier-normal, he-normal(mode=fan_out).")
  String init;

  @Option(names = "--bias-init", paramLabel = "SPEC", description = "Bias initializer (preset: randn).")
  String biasInit;

  @Option(
      names = "--activation",
      paramLabel = "SPEC",
      description = "Activation of the hidden layers (preset: sigmoid).")
  String activation;

  @Option(
      names = "--output-activation",
      paramLabel = "SPEC",
      description = "Activation of the output layer (preset: sigmoid).")
  String outputActivation;

  @Option(
      names = "--cost",
      paramLabel = "NAME",
      description = "Cost: quadratic, cross-entropy, log-likelihood (preset: quadratic / cross-entropy).")
  String cost;

  @Option(
      names = "--optimizer",
      paramLabel = "SPEC",
      description =
          "Optimizer, e.g. sgd, momentum(mu=0.9), adam; its learning rate is --eta unless the spec sets"
              + " eta itself (preset: sgd).")
  String optimizer;

  @Option(names = "--eta", paramLabel = "X", description = "Learning rate η (preset: 3.0 / 0.5).")
  Double eta;

  @Option(
      names = "--lambda",
      paramLabel = "X",
      description = "L2 regularisation λ, scaled by the training-set size as in network2.py; 0 for none"
          + " (preset: 0 / 5.0).")
  Double lambda;

  @Option(names = "--mini-batch", paramLabel = "N", description = "Mini-batch size (preset: 10).")
  Integer miniBatch;

  @Option(names = "--epochs", paramLabel = "N", description = "Epochs (preset: 30).")
  Integer epochs;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "The seed every random stream (weights, biases, data order) is split from."
          + " Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--validation",
      negatable = true,
      description = "Also evaluate the 10,000 validation images after every epoch (preset network2: on).")
  Boolean validation;

  /** The preset the defaults come from. */
  public Preset preset() {
    return Preset.byId(preset);
  }

  /**
   * Validates every option and creates every component, without training or writing anything.
   *
   * @param catalog the plugins that may be named
   * @param dataSet the data set the network will see (its image and class counts fix the sizes)
   * @throws IllegalArgumentException naming the first bad option, its value and what is allowed
   * @throws PluginDiscoveryException if a kind of plugin is missing from the classpath altogether
   */
  public TrainingSetup resolve(PluginCatalog catalog, DataSetDefinition dataSet) {
    return resolve(catalog, DataShape.of(dataSet));
  }

  /**
   * As {@link #resolve(PluginCatalog, DataSetDefinition)} for any data: without --sizes, the preset's
   * hidden layers sit between the data's inputs and outputs.
   */
  public TrainingSetup resolve(PluginCatalog catalog, DataShape dataSet) {
    Preset p = preset();
    if (layers != null && sizes != null) {
      throw bad("--layers", layers, "give either --layers or --sizes, not both");
    }
    String layerList = layers;
    if (layerList == null && sizes == null && !p.layers().isEmpty()) {
      layerList = p.layerList(init == null, biasInit == null);
    }
    // a layer list (--layers or a layer preset) gives the sizes from its shapes below
    List<Integer> presetSizes =
        sizes != null ? parseSizes(sizes) : layerList != null ? List.of() : fitted(p.sizes(), dataSet);
    if (layerList == null) {
      checkSizes("--sizes", sizes == null ? joined(presetSizes) : sizes, presetSizes, dataSet);
    }
    double learningRate = eta == null ? p.eta() : eta;
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw bad("--eta", String.valueOf(eta), "expected a positive number such as 3.0");
    }
    double strength = lambda == null ? p.lambda() : lambda;
    if (!(strength >= 0) || !Double.isFinite(strength)) {
      throw bad("--lambda", String.valueOf(lambda), "expected a number >= 0 (0 means no regularisation)");
    }
    int batch = miniBatch == null ? p.miniBatchSize() : miniBatch;
    if (batch < 1) {
      throw bad("--mini-batch", String.valueOf(miniBatch), "expected a whole number >= 1");
    }
    int passes = epochs == null ? p.epochs() : epochs;
    if (passes < 1 || passes > MAX_EPOCHS) {
      throw bad("--epochs", String.valueOf(epochs), "expected a whole number from 1 to " + MAX_EPOCHS);
    }
    Configured<Initializer> w = create("--init", init, p.weights(), catalog::initializer);
    Configured<Initializer> b = create("--bias-init", biasInit, p.biases(), catalog::initializer);
    Configured<Activation> hidden =
        create("--activation", activation, p.hiddenActivation(), catalog::activation);
    Configured<Activation> output =
        create("--output-activation", outputActivation, p.outputActivation(), catalog::activation);
    Configured<Cost> c = create("--cost", cost, p.cost(), catalog::cost);
    Configured<Optimizer> o =
        create("--optimizer", optimizerSpec(catalog, p, learningRate), null, catalog::optimizer);
    Configured<Regularizer> r =
        catalog.regularizer(strength == 0 ? "none" : "l2(lambda=" + strength + ")");
    Shape input = dataSet.input();
    List<Integer> layerSizes = presetSizes;
    List<String> layerSpecs = List.of();
    if (layerList != null) {
      Network shapes = layerShapes(catalog, input, w, b, hidden, output, layerList);
      layerSizes = shapes.sizes();
      layerSpecs = shapes.layers().stream().map(layer -> layer.definition().toString()).toList();
      checkSizes("--layers", layerList, layerSizes, dataSet);
      Layer last = shapes.layers().get(shapes.layers().size() - 1);
      last.activation().ifPresent(activation -> requireCostFits(c, activation));
    } else {
      requireCostFits(c, output);
    }
    return new TrainingSetup(
        p, layerSizes, w, b, hidden, output, c, o, r, batch, passes, seed,
        validation == null ? p.evaluateValidation() : validation, catalog, input, layerSpecs);
  }

  /** Refuses, before any work, a cost that is NaN on what the output can produce (cross-entropy on identity). */
  private static void requireCostFits(Configured<Cost> cost, Configured<Activation> output) {
    OutputDomain.mismatch(cost.value(), output.value(), output.spec()).ifPresent(problem -> {
      throw bad("--cost", cost.spec(), problem);
    });
  }

  /** The layers of {@code --layers} (or the preset's) placed on {@code input}, uninitialised: their shapes check the specs. */
  private static Network layerShapes(
      PluginCatalog catalog, Shape input, Configured<Initializer> w, Configured<Initializer> b,
      Configured<Activation> hidden, Configured<Activation> output, String layerList) {
    try {
      return NetworkBuilder.using(catalog).input(input).weights(w).biases(b).hiddenActivation(hidden)
          .outputActivation(output).layers(layerList).assemble();
    } catch (IllegalArgumentException e) {
      throw bad("--layers", layerList, e.getMessage());
    }
  }

  private static List<Integer> parseSizes(String text) {
    List<Integer> parsed = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      try {
        parsed.add(Integer.parseInt(part.strip()));
      } catch (NumberFormatException e) {
        throw bad("--sizes", text, "expected whole numbers separated by commas, such as 784,30,10");
      }
    }
    return parsed;
  }

  /** The preset's sizes with the data's input and output sizes at the ends. */
  private static List<Integer> fitted(List<Integer> presetSizes, DataShape dataSet) {
    List<Integer> fitted = new ArrayList<>(presetSizes);
    fitted.set(0, dataSet.input().size());
    fitted.set(fitted.size() - 1, dataSet.outputs());
    return fitted;
  }

  private static void checkSizes(
      String option, String text, List<Integer> layerSizes, DataShape dataSet) {
    if (layerSizes.size() < 2) {
      throw bad(option, text, "expected at least an input and an output size, such as 784,30,10");
    }
    for (int size : layerSizes) {
      if (size < 1 || size > MAX_NEURONS) {
        throw bad(option, text, "every layer needs 1 to " + MAX_NEURONS + " neurons, such as 784,30,10");
      }
    }
    int inputs = dataSet.input().size();
    if (layerSizes.get(0) != inputs) {
      throw bad(option, text, "the first size must be " + inputs + (dataSet.what().equals("image")
          ? ", the pixels of a " + dataSet.id() + " image (" + dataSet.input().height() + "×" + dataSet.input().width() + ")"
          : ", the features of a " + dataSet.id() + " " + dataSet.what()));
    }
    if (layerSizes.get(layerSizes.size() - 1) != dataSet.outputs()) {
      throw bad(option, text, "the last size must be " + dataSet.outputs() + ", one output per "
          + dataSet.id() + (dataSet.what().equals("image") ? " class" : " class or target"));
    }
  }

  /**
   * The optimizer spec with the learning rate filled in: --eta goes into the optimizer's {@code eta}
   * parameter; without --eta the preset's η goes into the preset's optimizer, while an optimizer
   * named by --optimizer keeps its own default (η = 3 would wreck Adam). Setting η both in the spec
   * and with --eta is an error, as is --eta for an optimizer without a learning rate.
   */
  private String optimizerSpec(PluginCatalog catalog, Preset p, double learningRate) {
    String text = optimizer == null ? p.optimizer() : optimizer;
    Spec spec;
    PluginEntry<Optimizer> entry;
    try {
      spec = Spec.parse(text);
      entry = catalog.registry(PluginKinds.OPTIMIZER).require(spec.name());
    } catch (PluginDiscoveryException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw bad("--optimizer", text, e.getMessage());
    }
    boolean takesEta = entry.plugin().parameters().stream().anyMatch(q -> q.name().equals("eta"));
    if (spec.arguments().containsKey("eta")) {
      if (eta != null) {
        throw bad("--eta", String.valueOf(eta), "the optimizer spec '" + text
            + "' sets eta itself; give the learning rate in one place only");
      }
      return text;
    }
    if (!takesEta) {
      if (eta != null) {
        throw bad("--eta", String.valueOf(eta), "optimizer '" + entry.name()
            + "' has no learning-rate parameter eta");
      }
      return text;
    }
    if (eta == null && optimizer != null) {
      return text;
    }
    StringJoiner arguments = new StringJoiner(", ", spec.name() + "(", ")");
    spec.arguments().forEach((key, value) -> arguments.add(key + "=" + value));
    arguments.add("eta=" + learningRate);
    return arguments.toString();
  }

  private static <T> Configured<T> create(
      String option, String given, String fallback, Function<String, Configured<T>> factory) {
    String text = given == null ? fallback : given;
    try {
      return factory.apply(text);
    } catch (PluginDiscoveryException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw bad(option, text, e.getMessage());
    }
  }

  private static String joined(List<Integer> values) {
    StringJoiner joiner = new StringJoiner(",");
    values.forEach(v -> joiner.add(String.valueOf(v)));
    return joiner.toString();
  }

  private static IllegalArgumentException bad(String option, String value, String allowed) {
    return new IllegalArgumentException(
        String.format(Locale.ROOT, "%s %s: %s", option, value, allowed));
  }
}
