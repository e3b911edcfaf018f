package dev.nnlab.network;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.SpecException;
import dev.nnlab.layers.Dense;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds and initialises a {@link Network} from layer specs and an input shape:
 *
 * <pre>{@code
 * Network net = NetworkBuilder.using(PluginCatalog.standard())
 *     .input(Shape.image(1, 28, 28)).layers("dense(units=30), dense(units=10)")
 *     .hiddenActivation("sigmoid").outputActivation("sigmoid")
 *     .weights("randn").biases("randn").seed(42).build();
 * }</pre>
 *
 * {@code .input(784).dense(30, "sigmoid").dense(10, "sigmoid")} is the shorthand for dense layers.
 * The network's activations fill in layers whose spec names none (the output one for the last
 * layer, the hidden one for the others), and its weight and bias initializers likewise. A layer
 * that cannot take its input fails with one line naming its position and spec.
 */
public final class NetworkBuilder {

  private final PluginCatalog catalog;
  private final List<LayerDefinition> definitions = new ArrayList<>();
  private Shape input;
  private Configured<Activation> hidden;
  private Configured<Activation> output;
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

  /** A flat input of {@code size} values. */
  public NetworkBuilder input(int size) {
    return input(Shape.flat(size));
  }

  /** The shape of one input example, e.g. 1×28×28 for MNIST. */
  public NetworkBuilder input(Shape shape) {
    this.input = Objects.requireNonNull(shape, "shape");
    return this;
  }

  /** Adds a layer from its spec, e.g. {@code conv(filters=20, kernel=5)}. */
  public NetworkBuilder layer(String spec) {
    return layer(catalog.layer(spec).value());
  }

  /** Adds a layer from a definition already made. */
  public NetworkBuilder layer(LayerDefinition definition) {
    definitions.add(Objects.requireNonNull(definition, "definition"));
    return this;
  }

  /**
   * Adds the layers of a comma-separated list of specs, e.g. {@code dense(units=30),dense(units=10)}
   * (commas inside a spec's parentheses belong to the spec).
   */
  public NetworkBuilder layers(String specs) {
    List<String> parts = LayerList.split(specs);
    for (int i = 0; i < parts.size(); i++) {
      try {
        layer(parts.get(i));
      } catch (SpecException e) {
        throw new SpecException("layer " + (definitions.size() + 1) + " " + parts.get(i) + ": " + e.getMessage(), e);
      }
    }
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
    return layer(
        new Dense(
            size,
            Optional.of(Objects.requireNonNull(activation, "activation")),
            Optional.ofNullable(weightInitializer),
            Optional.ofNullable(biasInitializer)));
  }

  /** The activation of every layer but the last whose spec names none. */
  public NetworkBuilder hiddenActivation(String spec) {
    return hiddenActivation(catalog.activation(spec));
  }

  public NetworkBuilder hiddenActivation(Configured<Activation> activation) {
    this.hidden = Objects.requireNonNull(activation, "activation");
    return this;
  }

  /** The activation of the last layer if its spec names none. */
  public NetworkBuilder outputActivation(String spec) {
    return outputActivation(catalog.activation(spec));
  }

  public NetworkBuilder outputActivation(Configured<Activation> activation) {
    this.output = Objects.requireNonNull(activation, "activation");
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

  /** Makes the layers and initialises each one's weights and biases from its own streams. */
  public Network build() {
    Network network = assemble();
    RandomStreams streams = new RandomStreams(seed);
    for (Layer layer : network.layers()) {
      layer.initialize(streams.weights(layer.position() - 1), streams.biases(layer.position() - 1));
    }
    return network;
  }

  /**
   * Makes the layers with zero parameters, for a caller that sets them itself (a network file).
   *
   * @throws IllegalArgumentException naming the layer's position and spec if a layer cannot take
   *     its input or has no activation or initializer
   */
  public Network assemble() {
    if (input == null) {
      throw new IllegalStateException("call input(size) with a size >= 1 before build()");
    }
    if (definitions.isEmpty()) {
      throw new IllegalStateException("add at least one layer with layer(spec) or dense(size, activation)");
    }
    List<Layer> layers = new ArrayList<>();
    Shape in = input;
    for (LayerDefinition definition : definitions) {
      int position = layers.size() + 1;
      boolean last = position == definitions.size();
      String where = "layer " + position + " " + definition;
      try {
        definition.outputShape(in);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      Layer layer;
      try {
        layer = definition.create(new LayerContext(position, in, weights, biases, last ? output : hidden));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      layers.add(layer);
      in = layer.outputShape();
    }
    return new Network(input, layers);
  }
}
