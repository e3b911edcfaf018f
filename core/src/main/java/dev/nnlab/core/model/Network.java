package dev.nnlab.core.model;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A feed-forward network: layers applied in order, each one's output the next one's input. Nielsen's
 * {@code sizes = [784, 30, 10]} is a network of two layers (784→30, 30→10).
 */
public interface Network {

  /** The layers from input to output; at least one. */
  List<? extends Layer> layers();

  default int inputSize() {
    return layers().get(0).inputSize();
  }

  default int outputSize() {
    return layers().get(layers().size() - 1).outputSize();
  }

  /** The layer sizes in Nielsen's form: input size, then every layer's output size. */
  default List<Integer> sizes() {
    List<Integer> sizes = new ArrayList<>();
    sizes.add(inputSize());
    layers().forEach(layer -> sizes.add(layer.outputSize()));
    return List.copyOf(sizes);
  }

  /** Every trainable parameter, layer by layer. */
  default List<Parameter> parameters() {
    List<Parameter> all = new ArrayList<>();
    layers().forEach(layer -> all.addAll(layer.parameters()));
    return List.copyOf(all);
  }

  /**
   * Computes the network's output for a batch, without dropout. Convenient rather than fast: it may
   * allocate; training uses the engine's preallocated path.
   *
   * @param input {@code batch × inputSize()}
   * @param output receives {@code batch × outputSize()}; reshaped if needed
   */
  void feedForward(DMatrixRMaj input, DMatrixRMaj output);
}
