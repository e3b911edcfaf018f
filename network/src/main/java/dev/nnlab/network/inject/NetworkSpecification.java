package dev.nnlab.network.inject;

import dev.nnlab.core.layer.Shape;
import java.util.List;
import java.util.Objects;

/**
 * Everything that defines a training run, as spec strings and numbers, in Nielsen's vocabulary.
 *
 * @param sizes layer sizes including the input, e.g. {@code [784, 30, 10]}
 * @param hiddenActivation activation spec of every hidden layer
 * @param outputActivation activation spec of the output layer
 * @param weightInitializer initializer spec for every weight matrix
 * @param biasInitializer initializer spec for every bias vector
 * @param cost cost spec, e.g. {@code quadratic}
 * @param optimizer optimizer spec, e.g. {@code sgd(eta=3)}
 * @param regularizer regularizer spec, e.g. {@code none} or {@code l2(lambda=5)}
 * @param dropout inverted-dropout rate on hidden layers, in [0, 1)
 * @param epochs number of epochs
 * @param miniBatchSize examples per mini-batch
 * @param seed the one seed every random stream is split from
 * @param input the shape of one input example; its size is {@code sizes.get(0)}
 * @param layers the layer specs, such as {@code conv(filters=20, kernel=5)}, or empty for dense
 *     layers of {@code sizes} (the shorthand); with layers, {@code sizes} are the sizes they produce
 */
public record NetworkSpecification(
    List<Integer> sizes,
    String hiddenActivation,
    String outputActivation,
    String weightInitializer,
    String biasInitializer,
    String cost,
    String optimizer,
    String regularizer,
    double dropout,
    int epochs,
    int miniBatchSize,
    long seed,
    Shape input,
    List<String> layers) {

  /** Dense layers of {@code sizes} on a flat input. */
  public NetworkSpecification(
      List<Integer> sizes,
      String hiddenActivation,
      String outputActivation,
      String weightInitializer,
      String biasInitializer,
      String cost,
      String optimizer,
      String regularizer,
      double dropout,
      int epochs,
      int miniBatchSize,
      long seed) {
    this(sizes, hiddenActivation, outputActivation, weightInitializer, biasInitializer, cost, optimizer,
        regularizer, dropout, epochs, miniBatchSize, seed, flatInput(sizes), List.of());
  }

  private static Shape flatInput(List<Integer> sizes) {
    return sizes.isEmpty() || sizes.get(0) < 1 ? Shape.flat(1) : Shape.flat(sizes.get(0));
  }

  public NetworkSpecification {
    sizes = List.copyOf(sizes);
    layers = List.copyOf(layers);
    Objects.requireNonNull(input, "input");
    if (sizes.size() < 2 || sizes.stream().anyMatch(size -> size < 1)) {
      throw new IllegalArgumentException(
          "sizes must list the input size and at least one layer size, all >= 1; got " + sizes);
    }
    Objects.requireNonNull(hiddenActivation, "hiddenActivation");
    Objects.requireNonNull(outputActivation, "outputActivation");
    Objects.requireNonNull(weightInitializer, "weightInitializer");
    Objects.requireNonNull(biasInitializer, "biasInitializer");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(regularizer, "regularizer");
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
    }
    if (input.size() != sizes.get(0)) {
      throw new IllegalArgumentException(
          "the input shape " + input + " has " + input.size() + " values but sizes start with " + sizes.get(0));
    }
    if (epochs < 0 || miniBatchSize < 1) {
      throw new IllegalArgumentException(
          "epochs must be >= 0 and miniBatchSize >= 1; got " + epochs + " and " + miniBatchSize);
    }
  }

  /**
   * Nielsen's chapter-1 network (network.py): [784, 30, 10], sigmoid, randn weights and biases,
   * quadratic cost, SGD with η = 3, mini-batches of 10, 30 epochs.
   */
  public static NetworkSpecification nielsenChapter1(long seed) {
    return new NetworkSpecification(
        List.of(784, 30, 10), "sigmoid", "sigmoid", "randn", "randn", "quadratic", "sgd(eta=3)",
        "none", 0, 30, 10, seed);
  }
}
