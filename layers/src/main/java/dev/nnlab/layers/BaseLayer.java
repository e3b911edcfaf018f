package dev.nnlab.layers;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.plugin.Configured;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;

/**
 * What every stock layer shares: its place and shapes, parameter names, and the checks that a
 * forward pass got an input of the right width and that a backward pass follows one.
 */
abstract class BaseLayer implements Layer {

  private final LayerDefinition definition;
  private final int position;
  private final Shape inputShape;
  private final Shape outputShape;
  private Mode lastMode;
  private int lastBatch;

  BaseLayer(LayerDefinition definition, LayerContext context) {
    this.definition = definition;
    this.position = context.position();
    this.inputShape = context.inputShape();
    this.outputShape = definition.outputShape(inputShape);
  }

  @Override
  public final LayerDefinition definition() {
    return definition;
  }

  @Override
  public final int position() {
    return position;
  }

  @Override
  public final Shape inputShape() {
    return inputShape;
  }

  @Override
  public final Shape outputShape() {
    return outputShape;
  }

  @Override
  public Optional<Configured<Activation>> activation() {
    return Optional.empty();
  }

  /** {@code layer<position>.<name>}, unique within a network. */
  final String parameterName(String name) {
    return "layer" + position + "." + name;
  }

  /** Checks the input's width and remembers the pass, for {@link #startBackward}. */
  final void startForward(DMatrixRMaj input, Mode mode) {
    if (input.numCols != inputShape.size()) {
      throw new IllegalArgumentException(
          "layer " + position + " " + definition + " takes rows of " + inputShape.size() + " values ("
              + inputShape + "), got " + input.numCols);
    }
    lastMode = mode;
    lastBatch = input.numRows;
  }

  /**
   * Checks that a forward pass came first and the gradient matches its output.
   *
   * @return the mode of that pass
   */
  final Mode startBackward(DMatrixRMaj gradient, boolean ofPreActivation) {
    if (lastMode == null) {
      throw new IllegalStateException("layer " + position + " " + definition + ": backward before any forward pass");
    }
    if (ofPreActivation && activation().isEmpty()) {
      throw new IllegalStateException(
          "layer " + position + " " + definition + " has no activation, so it has no pre-activation gradient");
    }
    if (gradient.numRows != lastBatch || gradient.numCols != outputShape.size()) {
      throw new IllegalArgumentException(
          "layer " + position + " " + definition + ": the gradient is " + gradient.numRows + "×" + gradient.numCols
              + " but the last forward pass produced " + lastBatch + "×" + outputShape.size());
    }
    return lastMode;
  }

  @Override
  public String toString() {
    return "layer " + position + " " + definition + ": " + inputShape + " -> " + outputShape;
  }
}
