package dev.nnlab.network;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.model.Layer;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.plugin.Configured;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A fully connected layer: z = x·Wᵀ + 1·bᵀ, a = f(z) for a {@code batch × in} input x. The weights W
 * are {@code out × in} (row j holds the weights into unit j, the initializer contract's layout) and
 * the biases b are {@code out × 1}.
 */
public final class DenseLayer implements Layer {

  private final int index;
  private final Fan fan;
  private final Configured<Activation> activation;
  private final Configured<Initializer> weightInitializer;
  private final Configured<Initializer> biasInitializer;
  private final Parameter weights;
  private final Parameter biases;

  /**
   * A layer with zero parameters; call {@link #initialize} or set them directly.
   *
   * @param index position in the network, from 0; names its parameters {@code layer<index+1>.*}
   */
  public DenseLayer(
      int index,
      int inputSize,
      int outputSize,
      Configured<Activation> activation,
      Configured<Initializer> weightInitializer,
      Configured<Initializer> biasInitializer) {
    if (index < 0) {
      throw new IllegalArgumentException("layer index must be >= 0, got " + index);
    }
    if (inputSize < 1 || outputSize < 1) {
      throw new IllegalArgumentException(
          "layer " + (index + 1) + " needs at least one input and one output, got " + inputSize
              + " → " + outputSize);
    }
    this.index = index;
    this.fan = new Fan(inputSize, outputSize);
    this.activation = Objects.requireNonNull(activation, "activation");
    this.weightInitializer = Objects.requireNonNull(weightInitializer, "weightInitializer");
    this.biasInitializer = Objects.requireNonNull(biasInitializer, "biasInitializer");
    String prefix = "layer" + (index + 1);
    this.weights = new Parameter(prefix + ".weights", Parameter.Role.WEIGHTS, outputSize, inputSize);
    this.biases = new Parameter(prefix + ".biases", Parameter.Role.BIASES, outputSize, 1);
  }

  /** Fills the weights and biases from their initializers, each from its own stream. */
  public void initialize(RandomGenerator weightStream, RandomGenerator biasStream) {
    weightInitializer.value().initialize(weights.value(), fan, weightStream);
    biasInitializer.value().initialize(biases.value(), fan, biasStream);
  }

  /** Position in the network, from 0. */
  public int index() {
    return index;
  }

  public Fan fan() {
    return fan;
  }

  @Override
  public int inputSize() {
    return fan.in();
  }

  @Override
  public int outputSize() {
    return fan.out();
  }

  @Override
  public Configured<Activation> activation() {
    return activation;
  }

  public Configured<Initializer> weightInitializer() {
    return weightInitializer;
  }

  public Configured<Initializer> biasInitializer() {
    return biasInitializer;
  }

  /** {@code out × in}. */
  public Parameter weights() {
    return weights;
  }

  /** {@code out × 1}. */
  public Parameter biases() {
    return biases;
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(weights, biases);
  }

  @Override
  public String toString() {
    return "dense " + fan.in() + "→" + fan.out() + " " + activation.spec() + ", weights "
        + weightInitializer.spec() + ", biases " + biasInitializer.spec();
  }
}
