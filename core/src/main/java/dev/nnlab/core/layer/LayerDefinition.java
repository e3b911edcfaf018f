package dev.nnlab.core.layer;

/**
 * A configured layer type, not yet placed in a network: {@code dense(units=30)} before it knows its
 * input size. Immutable; {@code toString()} gives the canonical spec.
 */
public interface LayerDefinition {

  /**
   * The shape this layer produces for {@code input}.
   *
   * @throws IllegalArgumentException if the layer cannot take {@code input}, in one line that says
   *     what the layer needs, e.g. "a 5×5 kernel does not fit a 3×3 input (padding 0)"; the network
   *     builder adds the layer's position and spec
   */
  Shape outputShape(Shape input);

  /** Builds the layer at its place in a network; {@code context.inputShape()} has been accepted by {@link #outputShape}. */
  Layer create(LayerContext context);

}
