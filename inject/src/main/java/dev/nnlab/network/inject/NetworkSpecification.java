package dev.nnlab.network.inject;

import dev.nnlab.core.layer.Shape;
import java.util.List;
import java.util.Objects;

/**
 * Everything that defines a training run, as spec strings and numbers, in Nielsen's vocabulary.
 * Make one with {@link #builder()}, which starts from Nielsen's chapter-1 network:
 *
 * <pre>{@code
 * NetworkSpecification spec = NetworkSpecification.builder()
 *     .sizes(784, 100, 10).cost("cross-entropy").optimizer("sgd(eta=0.5)").seed(1).build();
 * }</pre>
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
    return builder().seed(seed).build();
  }

  /** A builder starting from {@link #nielsenChapter1} with seed 0. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this specification. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sizes = sizes;
    b.hiddenActivation = hiddenActivation;
    b.outputActivation = outputActivation;
    b.weightInitializer = weightInitializer;
    b.biasInitializer = biasInitializer;
    b.cost = cost;
    b.optimizer = optimizer;
    b.regularizer = regularizer;
    b.dropout = dropout;
    b.epochs = epochs;
    b.miniBatchSize = miniBatchSize;
    b.seed = seed;
    b.input = input;
    b.layers = layers;
    return b;
  }

  /** Named settings for a {@link NetworkSpecification}; {@link #build()} checks them together. */
  public static final class Builder {
    private List<Integer> sizes = List.of(784, 30, 10);
    private String hiddenActivation = "sigmoid";
    private String outputActivation = "sigmoid";
    private String weightInitializer = "randn";
    private String biasInitializer = "randn";
    private String cost = "quadratic";
    private String optimizer = "sgd(eta=3)";
    private String regularizer = "none";
    private double dropout;
    private int epochs = 30;
    private int miniBatchSize = 10;
    private long seed;
    private Shape input;
    private List<String> layers = List.of();

    private Builder() {}

    /** Layer sizes including the input; the input shape becomes flat unless {@link #input} is set. */
    public Builder sizes(List<Integer> sizes) {
      this.sizes = List.copyOf(sizes);
      return this;
    }

    public Builder sizes(int... sizes) {
      return sizes(java.util.Arrays.stream(sizes).boxed().toList());
    }

    /** The activation of every hidden layer. */
    public Builder hiddenActivation(String spec) {
      this.hiddenActivation = spec;
      return this;
    }

    public Builder outputActivation(String spec) {
      this.outputActivation = spec;
      return this;
    }

    public Builder weights(String initializerSpec) {
      this.weightInitializer = initializerSpec;
      return this;
    }

    public Builder biases(String initializerSpec) {
      this.biasInitializer = initializerSpec;
      return this;
    }

    public Builder cost(String spec) {
      this.cost = spec;
      return this;
    }

    public Builder optimizer(String spec) {
      this.optimizer = spec;
      return this;
    }

    public Builder regularizer(String spec) {
      this.regularizer = spec;
      return this;
    }

    public Builder dropout(double rate) {
      this.dropout = rate;
      return this;
    }

    public Builder epochs(int epochs) {
      this.epochs = epochs;
      return this;
    }

    public Builder miniBatchSize(int size) {
      this.miniBatchSize = size;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The shape of one input example, e.g. 1×28×28; its size must be the first of {@link #sizes}. */
    public Builder input(Shape shape) {
      this.input = shape;
      return this;
    }

    /** Layer specs such as {@code conv(filters=20, kernel=5)}; {@link #sizes} are then what they produce. */
    public Builder layers(List<String> specs) {
      this.layers = List.copyOf(specs);
      return this;
    }

    /** @throws IllegalArgumentException naming the first setting that is out of range */
    public NetworkSpecification build() {
      return new NetworkSpecification(sizes, hiddenActivation, outputActivation, weightInitializer,
          biasInitializer, cost, optimizer, regularizer, dropout, epochs, miniBatchSize, seed,
          input == null ? flatInput(sizes) : input, layers);
    }
  }
}
