package dev.nnlab.examples.reproduce;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.examples.train.Preset;
import dev.nnlab.examples.train.TrainingSetup;
import java.util.List;

/**
 * An experiment's network and training configuration, as spec strings: the same vocabulary as
 * {@code nnlab train}'s options, so every row of {@code --list} can be rerun by hand.
 *
 * @param preset the preset it starts from (recorded in the setup)
 * @param sizes neurons per layer, input first
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
    return new TrainingSetup(
        preset, sizes, catalog.initializer(weights), catalog.initializer(biases), catalog.activation(hidden),
        catalog.activation(output), catalog.cost(cost), catalog.optimizer("sgd(eta=" + eta + ")"),
        catalog.regularizer(lambda == 0 ? "none" : "l2(lambda=" + lambda + ")"), miniBatch, epochs, seed,
        validation, catalog);
  }

  /** The {@code nnlab train} options that give this configuration. */
  @Override
  public String toString() {
    return "--sizes " + String.join(",", sizes.stream().map(String::valueOf).toList()) + " --init " + weights
        + " --bias-init " + biases + " --activation " + hidden + " --output-activation " + output + " --cost " + cost
        + " --eta " + eta + " --lambda " + lambda + " --mini-batch " + miniBatch + " --epochs " + epochs;
  }
}
