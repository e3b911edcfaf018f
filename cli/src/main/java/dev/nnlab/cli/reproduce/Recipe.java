package dev.nnlab.cli.reproduce;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.Regularizer;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.cli.train.Preset;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.NetworkBuilder;
import java.util.List;

/**
 * An experiment's network and training configuration, as spec strings: the same vocabulary as
 * {@code nnlab train}'s options, so every row of {@code --list} can be rerun by hand.
 *
 * @param preset the preset it starts from (recorded in the setup)
 * @param sizes neurons per layer, input first; empty for a layer-list preset's layers
 * @param weights weight initializer spec
 * @param biases bias initializer spec
 * @param hidden hidden activation spec
 * @param output output activation spec
 * @param cost cost spec
 * @param eta SGD learning rate
 * @param lambda L2 strength (0: none), scaled by the training-set size as network2.py does
 * @param miniBatch examples per mini-batch
 * @param epochs passes over the training set
 * @param validation whether the validation set is evaluated after every epoch
 */
public record Recipe(
    Preset preset,
    List<Integer> sizes,
    String weights,
    String biases,
    String hidden,
    String output,
    String cost,
    double eta,
    double lambda,
    int miniBatch,
    int epochs,
    boolean validation) {

  /** The side of an MNIST image, the input of a layer-list preset. */
  private static final int IMAGE_SIDE = 28;

  public Recipe {
    sizes = List.copyOf(sizes);
  }

  /** A preset's configuration, unchanged. */
  public static Recipe of(Preset p) {
    return new Recipe(p, p.sizes(), p.weights(), p.biases(), p.hiddenActivation(), p.outputActivation(), p.cost(),
        p.eta(), p.lambda(), p.miniBatchSize(), p.epochs(), p.evaluateValidation());
  }

  public Recipe withSizes(List<Integer> s) {
    return new Recipe(preset, s, weights, biases, hidden, output, cost, eta, lambda, miniBatch, epochs, validation);
  }

  public Recipe withWeights(String w) {
    return new Recipe(preset, sizes, w, biases, hidden, output, cost, eta, lambda, miniBatch, epochs, validation);
  }

  public Recipe withBiases(String b) {
    return new Recipe(preset, sizes, weights, b, hidden, output, cost, eta, lambda, miniBatch, epochs, validation);
  }

  public Recipe withActivations(String h, String o) {
    return new Recipe(preset, sizes, weights, biases, h, o, cost, eta, lambda, miniBatch, epochs, validation);
  }

  public Recipe withCost(String c) {
    return new Recipe(preset, sizes, weights, biases, hidden, output, c, eta, lambda, miniBatch, epochs, validation);
  }

  public Recipe withEta(double e) {
    return new Recipe(preset, sizes, weights, biases, hidden, output, cost, e, lambda, miniBatch, epochs, validation);
  }

  public Recipe withLambda(double l) {
    return new Recipe(preset, sizes, weights, biases, hidden, output, cost, eta, l, miniBatch, epochs, validation);
  }

  public Recipe withEpochs(int e) {
    return new Recipe(preset, sizes, weights, biases, hidden, output, cost, eta, lambda, miniBatch, e, validation);
  }

  /** Every component created from the catalog for one seed. */
  public TrainingSetup setup(PluginCatalog catalog, long seed) {
    Configured<Initializer> w = catalog.initializer(weights);
    Configured<Initializer> b = catalog.initializer(biases);
    Configured<Activation> h = catalog.activation(hidden);
    Configured<Activation> o = catalog.activation(output);
    Configured<Optimizer> sgd = catalog.optimizer("sgd(eta=" + eta + ")");
    Configured<Regularizer> l2 = catalog.regularizer(lambda == 0 ? "none" : "l2(lambda=" + lambda + ")");
    if (!usesLayers()) {
      return new TrainingSetup(preset, sizes, w, b, h, o, catalog.cost(cost), sgd, l2, miniBatch, epochs, seed,
          validation, catalog);
    }
    Shape input = Shape.image(1, IMAGE_SIDE, IMAGE_SIDE);
    Network shapes = NetworkBuilder.using(catalog).input(input).weights(w).biases(b).hiddenActivation(h)
        .outputActivation(o).layers(layerList()).assemble();
    return new TrainingSetup(preset, shapes.sizes(), w, b, h, o, catalog.cost(cost), sgd, l2, miniBatch, epochs,
        seed, validation, catalog, input,
        shapes.layers().stream().map(layer -> layer.definition().toString()).toList());
  }

  /** Whether this is a layer-list preset's network (its sizes come from its layers). */
  private boolean usesLayers() {
    return sizes.isEmpty() && !preset.layers().isEmpty();
  }

  /** The preset's layers; a recipe that changed the weights or biases drops the layers' own. */
  private String layerList() {
    return preset.layerList(weights.equals(preset.weights()), biases.equals(preset.biases()));
  }

  /** The {@code nnlab train} options that give this configuration. */
  @Override
  public String toString() {
    String network = usesLayers() ? "--layers \"" + layerList() + "\""
        : "--sizes " + String.join(",", sizes.stream().map(String::valueOf).toList());
    return network + " --init " + weights
        + " --bias-init " + biases + " --activation " + hidden + " --output-activation " + output + " --cost " + cost
        + " --eta " + eta + " --lambda " + lambda + " --mini-batch " + miniBatch + " --epochs " + epochs;
  }
}
