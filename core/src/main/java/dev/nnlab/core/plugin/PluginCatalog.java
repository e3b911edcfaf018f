package dev.nnlab.core.plugin;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.Regularizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every plugin registry for one class loader: the entry point for turning spec strings into
 * components. Each registry is discovered the first time it is asked for, then kept.
 */
public final class PluginCatalog {

  private static final PluginCatalog DEFAULT = new PluginCatalog(PluginCatalog.class.getClassLoader());

  private final ClassLoader loader;
  private final Map<PluginKind<?>, PluginRegistry<?>> registries = new ConcurrentHashMap<>();

  private PluginCatalog(ClassLoader loader) {
    this.loader = loader;
  }

  /** The catalog of the class loader that loaded nnlab. */
  public static PluginCatalog standard() {
    return DEFAULT;
  }

  /** A catalog over {@code loader}, e.g. one that adds a directory of plugin jars. */
  public static PluginCatalog of(ClassLoader loader) {
    return new PluginCatalog(loader);
  }

  public ClassLoader classLoader() {
    return loader;
  }

  @SuppressWarnings("unchecked")
  public <T> PluginRegistry<T> registry(PluginKind<T> kind) {
    return (PluginRegistry<T>) registries.computeIfAbsent(kind, k -> PluginRegistry.load(k, loader));
  }

  public PluginRegistry<Initializer> initializers() {
    return registry(PluginKinds.INITIALIZER);
  }

  public PluginRegistry<Activation> activations() {
    return registry(PluginKinds.ACTIVATION);
  }

  /** Parses and creates an initializer, e.g. {@code he-normal(mode=fan_out)}. */
  public Configured<Initializer> initializer(String spec) {
    return initializers().create(spec, this);
  }

  /** Parses and creates an activation, e.g. {@code leaky-relu(slope=0.2)}. */
  public Configured<Activation> activation(String spec) {
    return activations().create(spec, this);
  }

  /** Parses and creates a layer definition, e.g. {@code conv(filters=20, kernel=5)}. */
  public Configured<LayerDefinition> layer(String spec) {
    return registry(PluginKinds.LAYER).create(spec, this);
  }

  /** Parses and creates a cost, e.g. {@code cross-entropy}. */
  public Configured<Cost> cost(String spec) {
    return registry(PluginKinds.COST).create(spec, this);
  }

  /** Parses and creates an optimizer, e.g. {@code sgd(eta=3)} or {@code adam(eta=0.001)}. */
  public Configured<Optimizer> optimizer(String spec) {
    return registry(PluginKinds.OPTIMIZER).create(spec, this);
  }

  /** Parses and creates a regularizer, e.g. {@code l2(lambda=5)} or {@code none}. */
  public Configured<Regularizer> regularizer(String spec) {
    return registry(PluginKinds.REGULARIZER).create(spec, this);
  }

  /** The kinds shown by catalogues, in display order. */
  public static List<PluginKind<?>> listedKinds() {
    return PluginKinds.ALL;
  }
}
