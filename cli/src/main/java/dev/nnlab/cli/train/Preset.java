package dev.nnlab.cli.train;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Nielsen's two networks as starting points: every value here is a default that a command-line
 * option may override.
 *
 * @param id the name users type after {@code --preset}
 * @param sizes neurons per layer, input first, for a preset of dense layers; empty when {@code
 *     layers} are given (their shapes give the sizes)
 * @param layers the layers of a layer-list preset (as {@code --layers} would give them), or empty
 *     for dense layers of {@code sizes}
 * @param weights initializer spec for every weight matrix
 * @param biases initializer spec for every bias vector
 * @param hiddenActivation activation spec of the hidden layers
 * @param outputActivation activation spec of the output layer
 * @param cost cost spec
 * @param optimizer optimizer spec (its learning rate comes from {@code eta})
 * @param eta learning rate η
 * @param lambda L2 strength λ; 0 means no regularisation
 * @param miniBatchSize examples per mini-batch
 * @param epochs passes over the training set
 * @param evaluateValidation whether the validation set is evaluated after every epoch too
 */
public record Preset(
    String id,
    String description,
    List<Integer> sizes,
    List<PresetLayer> layers,
    String weights,
    String biases,
    String hiddenActivation,
    String outputActivation,
    String cost,
    String optimizer,
    double eta,
    double lambda,
    int miniBatchSize,
    int epochs,
    boolean evaluateValidation) {

  /** network.py (chapter 1): {@code net.SGD(training_data, 30, 10, 3.0, test_data=test_data)}. */
  public static final Preset NETWORK =
      new Preset(
          "network",
          "network.py, chapter 1: quadratic cost, randn weights and biases, SGD η=3",
          List.of(784, 30, 10),
          List.of(),
          "randn",
          "randn",
          "sigmoid",
          "sigmoid",
          "quadratic",
          "sgd",
          3.0,
          0.0,
          10,
          30,
          false);

  /**
   * network2.py (chapter 3): {@code Network([784, 30, 10], cost=CrossEntropyCost)} with its default
   * weight initializer, {@code SGD(..., 30, 10, 0.5, lmbda=5.0, evaluation_data=validation_data)}.
   */
  public static final Preset NETWORK2 =
      new Preset(
          "network2",
          "network2.py, chapter 3: cross-entropy, N(0,1/n_in) weights, L2 λ=5, η=0.5, validation",
          List.of(784, 30, 10),
          List.of(),
          "nielsen-default",
          "randn",
          "sigmoid",
          "sigmoid",
          "cross-entropy",
          "sgd",
          0.5,
          5.0,
          10,
          30,
          true);

  private static final List<Preset> ALL =
      List.of(NETWORK, NETWORK2, Network3.FC, Network3.CONV, Network3.CONV2, Network3.CONV2_RELU);

  public Preset {
    sizes = List.copyOf(sizes);
    layers = List.copyOf(layers);
  }

  /**
   * The {@code --layers} text of a layer-list preset.
   *
   * @param ownWeights whether the layers keep the preset's weight initializers ({@code --init} not given)
   * @param ownBiases whether the layers keep the preset's bias initializers ({@code --bias-init} not given)
   */
  public String layerList(boolean ownWeights, boolean ownBiases) {
    return layers.stream().map(l -> l.spec(ownWeights, ownBiases)).collect(Collectors.joining(","));
  }

  /** Every preset, the default first. */
  public static List<Preset> all() {
    return ALL;
  }

  /** The preset called {@code id} (case-insensitive), or an error naming the option and the choices. */
  public static Preset byId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return ALL.stream()
        .filter(p -> p.id.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "--preset " + id + ": unknown preset; expected one of " + ids()));
  }

  /** The preset names, comma-separated. */
  public static String ids() {
    return ALL.stream().map(Preset::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id + " " + (layers.isEmpty() ? Arrays.toString(sizes.toArray()) : layerList(true, true));
  }
}
