package dev.nnlab.core.plugin;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names (and aliases) of the plugins nnlab's own modules ship, per kind, so that a message
 * about a missing plugin can tell a stock plugin (add {@link PluginKind#stockModule()}) from an
 * application's or a third party's (add the jar that provides it), even when the module that
 * would provide it is absent. A test in the network module checks this list against what the
 * stock jars really register.
 */
public final class StockPlugins {

  private static final Map<String, Set<String>> NAMES = Map.of(
      PluginKinds.INITIALIZER.label(), Set.of("constant", "dirac", "glorot-standard", "he-normal",
          "kaiming-normal", "he-uniform", "kaiming-uniform", "identity", "lecun-normal", "lecun-uniform",
          "nielsen-default", "nielsen-large", "normal", "randn", "ones", "orthogonal", "sparse",
          "truncated-normal", "uniform", "rand", "variance-scaling", "xavier-normal", "glorot-normal",
          "xavier-uniform", "glorot-uniform", "zeros"),
      PluginKinds.ACTIVATION.label(), Set.of("celu", "elu", "gelu", "hard-sigmoid", "hard-swish",
          "hardswish", "hard-tanh", "identity", "linear", "leaky-relu", "log-sigmoid", "logsigmoid", "mish",
          "relu", "selu", "sigmoid", "silu", "swish", "softmax", "softplus", "softsign", "tanh"),
      PluginKinds.LAYER.label(), Set.of("avg-pool", "batch-norm", "conv", "dense", "fully-connected",
          "linear", "dropout", "flatten", "max-pool", "prelu"),
      PluginKinds.COST.label(), Set.of("cross-entropy", "binary-cross-entropy", "log-likelihood", "nll",
          "negative-log-likelihood", "quadratic"),
      PluginKinds.OPTIMIZER.label(), Set.of("adagrad", "adam", "momentum", "nesterov", "rmsprop", "sgd"),
      PluginKinds.REGULARIZER.label(), Set.of("l1", "l2", "weight-decay", "none"));

  private StockPlugins() {}

  /** The stock names and aliases of {@code kind}. */
  public static Set<String> names(PluginKind<?> kind) {
    return NAMES.getOrDefault(kind.label(), Set.of());
  }

  /** The module that ships {@code name}, if it is a stock plugin of {@code kind}. */
  public static Optional<String> moduleOf(PluginKind<?> kind, String name) {
    return names(kind).contains(name) ? Optional.of(kind.stockModule()) : Optional.empty();
  }

  /**
   * What to add so that {@code name} is found: {@code "add dev.nnlab:nnlab-activations"} for a stock
   * plugin, otherwise advice to add the jar of whoever wrote it.
   */
  public static String remedy(PluginKind<?> kind, String name) {
    return moduleOf(kind, name)
        .map(module -> "add " + module + " (the stock " + kind.label() + "s) to the class path")
        .orElse("'" + name + "' is not a stock nnlab " + kind.label() + ": add the jar that provides it"
            + " (yours or a third party's, the one the network was built with) to the class path");
  }
}
