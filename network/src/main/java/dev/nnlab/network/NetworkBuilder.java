package dev.nnlab.network;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.core.plugin.PluginCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds and initialises a {@link FeedForwardNetwork} from spec strings:
 *
 * <pre>{@code
 * FeedForwardNetwork net = NetworkBuilder.using(PluginCatalog.standard())
 *     .input(784).dense(30, "sigmoid").dense(10, "sigmoid")
 *     .weights("randn").biases("randn").seed(42).build();
 * }</pre>
 *
 * The weight and bias initializers apply to every layer unless a layer is given its own.
 */
public final class NetworkBuilder {

  private record LayerPlan(
      int size,
      Configured<Activation> activation,
      Configured<Initializer> weights,
      Configured<Initializer> biases) {}

  private final PluginCatalog catalog;
  private final List<LayerPlan> plans = new ArrayList<>();
  private int inputSize = -1;
  private Configured<Initializer> weights;
  private Configured<Initializer> biases;
  private long seed;

  private NetworkBuilder(PluginCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** A builder resolving spec strings through {@code catalog}. */
  public static NetworkBuilder using(PluginCatalog catalog) {
    return new NetworkBuilder(catalog);
  }

  public NetworkBuilder input(int size) {
    this.inputSize = size;
    return this;
  }

  /** Adds a dense layer of {@code size} units with the activation {@code activationSpec}. */
  public NetworkBuilder dense(int size, String activationSpec) {
    return dense(size, catalog.activation(activationSpec), null, null);
  }

  /** Adds a dense layer with its own initializers ({@code null} means the builder's default). */
  public NetworkBuilder dense(int size, String activationSpec, String weightSpec, String biasSpec) {
    return dense(
        size,
        catalog.activation(activationSpec),
        weightSpec == null ? null : catalog.initializer(weightSpec),
        biasSpec == null ? null : catalog.initializer(biasSpec));
  }

  /** Adds a dense layer from components already made ({@code null} initializers: the defaults). */
  public NetworkBuilder dense(
      int size,
      Configured<Activation> activation,
      Configured<Initializer> weightInitializer,
      Configured<Initializer> biasInitializer) {
    plans.add(
        new LayerPlan(
            size, Objects.requireNonNull(activation, "activation"), weightInitializer, biasInitializer));
    return this;
  }

  /** The default weight initializer, e.g. {@code randn} or {@code xavier-normal}. */
  public NetworkBuilder weights(String initializerSpec) {
    return weights(catalog.initializer(initializerSpec));
  }

  public NetworkBuilder weights(Configured<Initializer> initializer) {
    this.weights = Objects.requireNonNull(initializer, "initializer");
    return this;
  }

  /** The default bias initializer; Nielsen uses {@code randn} here too. */
  public NetworkBuilder biases(String initializerSpec) {
    return biases(catalog.initializer(initializerSpec));
  }

  public NetworkBuilder biases(Configured<Initializer> initializer) {
    this.biases = Objects.requireNonNull(initializer, "initializer");
    return this;
  }

  /** The seed the layers' streams are split from; see {@link RandomStreams}. */
  public NetworkBuilder seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Makes the layers and initialises each one's weights and biases from its own stream. */
  public FeedForwardNetwork build() {
    if (inputSize < 1) {
      throw new IllegalStateException("call input(size) with a size >= 1 before build()");
    }
    if (plans.isEmpty()) {
      throw new IllegalStateException("add at least one layer with dense(size, activation)");
    }
    RandomStreams streams = new RandomStreams(seed);
    List<DenseLayer> layers = new ArrayList<>();
    int in = inputSize;
    for (LayerPlan plan : plans) {
      int l = layers.size();
      DenseLayer layer =
          new DenseLayer(
              l,
              in,
              plan.size(),
              plan.activation(),
              required(plan.weights(), weights, "weights", l),
              required(plan.biases(), biases, "biases", l));
      layer.initialize(streams.weights(l), streams.biases(l));
      layers.add(layer);
      in = plan.size();
    }
    return new FeedForwardNetwork(layers);
  }

  private static Configured<Initializer> required(
      Configured<Initializer> own, Configured<Initializer> fallback, String what, int layer) {
    Configured<Initializer> spec = own != null ? own : fallback;
    if (spec == null) {
      throw new IllegalStateException(
          "no " + what + " initializer for layer " + (layer + 1) + ": call " + what
              + "(spec) or give the layer its own");
    }
    return spec;
  }
}
