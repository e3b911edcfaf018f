package dev.nnlab.cli.train;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;
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
import dev.nnlab.network.NetworkBuilder;
import dev.nnlab.network.inject.NetworkModule;
import dev.nnlab.network.inject.NetworkSpecification;
import dev.nnlab.network.train.TrainingListener;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A fully resolved and validated training configuration: every component created from its spec (so
 * {@link Configured#spec()} gives its canonical form with all parameters), every number checked.
 * Building a network or a trainer from it cannot fail on a user's value any more.
 *
 * @param preset the preset the defaults came from
 * @param sizes neurons per layer, input first
 * @param weights the weight initializer of every layer
 * @param biases the bias initializer of every layer
 * @param hiddenActivation the activation of the hidden layers
 * @param outputActivation the activation of the output layer
 * @param cost the cost
 * @param optimizer the optimizer, learning rate included
 * @param regularizer the weight penalty ({@code none} when λ = 0)
 * @param miniBatchSize examples per mini-batch
 * @param epochs passes over the training set
 * @param seed the one seed every random stream of the run is split from
 * @param evaluateValidation whether the validation set is evaluated after every epoch
 * @param catalog the plugins the components came from
 * @param input the shape of one input example (1×28×28 for MNIST)
 * @param layers the layer specs of {@code --layers}, or empty for dense layers of {@code sizes};
 *     with layers, {@code sizes} are the sizes they produce
 */
public record TrainingSetup(
    Preset preset,
    List<Integer> sizes,
    Configured<Initializer> weights,
    Configured<Initializer> biases,
    Configured<Activation> hiddenActivation,
    Configured<Activation> outputActivation,
    Configured<Cost> cost,
    Configured<Optimizer> optimizer,
    Configured<Regularizer> regularizer,
    int miniBatchSize,
    int epochs,
    long seed,
    boolean evaluateValidation,
    PluginCatalog catalog,
    Shape input,
    List<String> layers) {

  /** Dense layers of {@code sizes} on a flat input. */
  public TrainingSetup(
      Preset preset,
      List<Integer> sizes,
      Configured<Initializer> weights,
      Configured<Initializer> biases,
      Configured<Activation> hiddenActivation,
      Configured<Activation> outputActivation,
      Configured<Cost> cost,
      Configured<Optimizer> optimizer,
      Configured<Regularizer> regularizer,
      int miniBatchSize,
      int epochs,
      long seed,
      boolean evaluateValidation,
      PluginCatalog catalog) {
    this(preset, sizes, weights, biases, hiddenActivation, outputActivation, cost, optimizer, regularizer,
        miniBatchSize, epochs, seed, evaluateValidation, catalog, Shape.flat(sizes.get(0)), List.of());
  }

  public TrainingSetup {
    sizes = List.copyOf(sizes);
    layers = List.copyOf(layers);
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(input, "input");
  }

  /** The learning rate η the optimizer was configured with. */
  public double eta() {
    return optimizer.value().learningRate();
  }

  /** The engine's description of this run, every component as its canonical spec. */
  public NetworkSpecification specification() {
    return NetworkSpecification.builder()
        .sizes(sizes)
        .hiddenActivation(hiddenActivation.spec())
        .outputActivation(outputActivation.spec())
        .weights(weights.spec())
        .biases(biases.spec())
        .cost(cost.spec())
        .optimizer(optimizer.spec())
        .regularizer(regularizer.spec())
        .dropout(0)
        .epochs(epochs)
        .miniBatchSize(miniBatchSize)
        .seed(seed)
        .input(input)
        .layers(layers)
        .build();
  }

  /**
   * The Guice module that assembles this run's {@code Network} and {@code Trainer}: the
   * engine's {@link NetworkModule} over this setup's plugin catalog (so plugins named by
   * {@code --plugins} resolve), with {@code listeners} bound into the trainer.
   */
  public Module module(List<TrainingListener> listeners) {
    List<TrainingListener> bound = List.copyOf(listeners);
    Module catalogModule =
        new AbstractModule() {
          @Override
          protected void configure() {
            bind(PluginCatalog.class).toInstance(catalog);
          }
        };
    Module listenerModule =
        new AbstractModule() {
          @Override
          protected void configure() {
            Multibinder<TrainingListener> set =
                Multibinder.newSetBinder(binder(), TrainingListener.class);
            bound.forEach(listener -> set.addBinding().toInstance(listener));
          }
        };
    return Modules.combine(
        Modules.override(new NetworkModule(specification())).with(catalogModule), listenerModule);
  }

  /**
   * For dense layers one line, e.g. {@code [784, 30, 10] sigmoid/sigmoid, cost quadratic,
   * sgd(eta=3.0), regularizer none, weights ..., biases ..., mini-batch 10, epochs 30, seed 1}. For
   * {@code --layers} a line per layer, numbered from 1 as every report numbers them, with its
   * output shape and activation, then the rest: sizes and one activation pair would hide what a
   * conv net is.
   */
  @Override
  public String toString() {
    String training = "cost " + cost.spec() + ", " + optimizer.spec() + ", regularizer " + regularizer.spec()
        + ", weights " + weights.spec() + ", biases " + biases.spec() + ", mini-batch " + miniBatchSize
        + ", epochs " + epochs + ", seed " + seed;
    if (layers.isEmpty()) {
      return sizes + " " + hiddenActivation.spec() + "/" + outputActivation.spec() + ", " + training;
    }
    StringJoiner lines = new StringJoiner(System.lineSeparator());
    lines.add("input " + input + ", " + layers.size() + " layers:");
    for (Layer layer : layerNetwork().layers()) {
      lines.add(String.format(Locale.ROOT, "    layer %d  %s  -> %s%s", layer.position(), layer.definition(),
          layer.outputShape(), layer.activation().map(a -> ", " + a.spec()).orElse("")));
    }
    lines.add("  " + training);
    return lines.toString();
  }

  /** The layers placed on the input, uninitialised: what they resolve to (activation, shape). */
  private Network layerNetwork() {
    return NetworkBuilder.using(catalog).input(input).weights(weights).biases(biases)
        .hiddenActivation(hiddenActivation).outputActivation(outputActivation).layers(String.join(",", layers))
        .assemble();
  }
}
