package dev.nnlab.core.layer;

import dev.nnlab.core.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import org.ejml.data.DMatrixRMaj;

/**
 * A feed-forward network: an ordered list of {@link Layer}s, each one's output the next one's input,
 * from an input of {@link #inputShape()} (1×28×28 for MNIST) to an output of {@link #outputShape()}.
 * Nielsen's {@code sizes = [784, 30, 10]} is a network of two dense layers. Layers are numbered from
 * 1, in {@link #layer(int)} as in every message.
 */
public final class Network {

  private final Shape inputShape;
  private final List<Layer> layers;

  /**
   * @param layers at least one; layer i has position i + 1 and takes the shape layer i − 1 gives
   * @throws IllegalArgumentException if positions or shapes do not chain
   */
  public Network(Shape inputShape, List<? extends Layer> layers) {
    this.inputShape = Objects.requireNonNull(inputShape, "inputShape");
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("a network needs at least one layer");
    }
    Shape in = inputShape;
    for (int i = 0; i < layers.size(); i++) {
      Layer layer = layers.get(i);
      if (layer.position() != i + 1) {
        throw new IllegalArgumentException(
            "the layer in place " + (i + 1) + " has position " + layer.position());
      }
      if (!layer.inputShape().equals(in)) {
        throw new IllegalArgumentException(
            "layer " + (i + 1) + " " + layer.definition() + " takes " + layer.inputShape() + " but "
                + (i == 0 ? "the input is " : "layer " + i + " gives ") + in);
      }
      in = layer.outputShape();
    }
    this.layers = List.copyOf(layers);
  }

  /** The layers from input to output. */
  public List<Layer> layers() {
    return layers;
  }

  /** The layer at {@code position}, from 1. */
  public Layer layer(int position) {
    if (position < 1 || position > layers.size()) {
      throw new IndexOutOfBoundsException(
          "layer " + position + " of a network of " + layers.size() + " layers (layers count from 1)");
    }
    return layers.get(position - 1);
  }

  public Shape inputShape() {
    return inputShape;
  }

  public Shape outputShape() {
    return layers.get(layers.size() - 1).outputShape();
  }

  /** Values per input example: {@code inputShape().size()}. */
  public int inputSize() {
    return inputShape.size();
  }

  /** Values per output: {@code outputShape().size()}. */
  public int outputSize() {
    return outputShape().size();
  }

  /** The sizes in Nielsen's form: the input size, then every layer's output size. */
  public List<Integer> sizes() {
    List<Integer> sizes = new ArrayList<>();
    sizes.add(inputSize());
    layers.forEach(layer -> sizes.add(layer.outputShape().size()));
    return List.copyOf(sizes);
  }

  /** Every parameter (trainable ones and buffers), layer by layer. */
  public List<Parameter> parameters() {
    List<Parameter> all = new ArrayList<>();
    layers.forEach(layer -> all.addAll(layer.parameters()));
    return List.copyOf(all);
  }

  /** The parameter named {@code name}, such as {@code layer1.weights}. */
  public Parameter parameter(String name) {
    return parameters().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "no parameter " + name + "; the network has " + parameters().stream().map(Parameter::name).toList()));
  }

  /** The parameters optimizers update: every one whose role is trainable. */
  public List<Parameter> trainableParameters() {
    return parameters().stream().filter(p -> p.role().trainable()).toList();
  }

  /**
   * Computes the network's output for a batch in inference mode. Convenient rather than fast: it
   * allocates; training and evaluation use a backend's preallocated path.
   *
   * @param input {@code batch × inputSize()}
   * @param output receives {@code batch × outputSize()}; reshaped if needed
   */
  public void feedForward(DMatrixRMaj input, DMatrixRMaj output) {
    if (input.numCols != inputSize()) {
      throw new IllegalArgumentException(
          "input has " + input.numCols + " columns but the network takes " + inputSize());
    }
    // inference mode draws nothing; the stream is only there to honour the contract
    SplittableRandom unused = new SplittableRandom(0);
    DMatrixRMaj x = input;
    for (Layer layer : layers) {
      DMatrixRMaj a = new DMatrixRMaj(input.numRows, layer.outputShape().size());
      layer.forward(x, a, Mode.INFERENCE, unused);
      x = a;
    }
    output.setTo(x);
  }

  /** E.g. {@code network [784, 30, 10]: dense 784→30 sigmoid, ...; dense 30→10 sigmoid, ...}. */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner("; ", "network " + sizes() + ": ", "");
    layers.forEach(layer -> joiner.add(layer.toString()));
    return joiner.toString();
  }
}
