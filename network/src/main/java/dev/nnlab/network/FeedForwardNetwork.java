package dev.nnlab.network;

import dev.nnlab.core.model.Network;
import dev.nnlab.network.engine.BatchEngine;
import java.util.List;
import java.util.StringJoiner;
import org.ejml.data.DMatrixRMaj;

/** A stack of dense layers, each one's output size equal to the next one's input size. */
public final class FeedForwardNetwork implements Network {

  private final List<DenseLayer> layers;

  public FeedForwardNetwork(List<DenseLayer> layers) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("a network needs at least one layer");
    }
    for (int l = 0; l < layers.size(); l++) {
      if (layers.get(l).index() != l) {
        throw new IllegalArgumentException(
            "layer at position " + l + " has index " + layers.get(l).index());
      }
      if (l > 0 && layers.get(l).inputSize() != layers.get(l - 1).outputSize()) {
        throw new IllegalArgumentException(
            "layer " + (l + 1) + " takes " + layers.get(l).inputSize() + " inputs but layer " + l
                + " gives " + layers.get(l - 1).outputSize());
      }
    }
    this.layers = List.copyOf(layers);
  }

  @Override
  public List<DenseLayer> layers() {
    return layers;
  }

  public DenseLayer layer(int index) {
    return layers.get(index);
  }

  /** Allocates an engine per call; use a {@link BatchEngine} directly in loops. */
  @Override
  public void feedForward(DMatrixRMaj input, DMatrixRMaj output) {
    BatchEngine engine = BatchEngine.forInference(this);
    engine.forward(input);
    output.setTo(engine.output());
  }

  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner("; ", "network " + sizes() + ": ", "");
    layers.forEach(layer -> joiner.add(layer.toString()));
    return joiner.toString();
  }
}
