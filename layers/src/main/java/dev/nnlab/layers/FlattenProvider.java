package dev.nnlab.layers;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.LayerProvider;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.plugin.Parameters;

/**
 * Provides {@code flatten}: C×H×W becomes a flat C·H·W. Rows are already channel-major, so the data
 * does not move.
 */
public final class FlattenProvider implements LayerProvider {

  static final String NAME = "flatten";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "C×H×W becomes a flat vector of C·H·W values in channel-major order, as PyTorch's Flatten";
  }

  @Override
  public LayerDefinition create(Parameters parameters) {
    return new Definition();
  }

  /** The only configuration there is. */
  record Definition() implements LayerDefinition {

    @Override
    public Shape outputShape(Shape input) {
      return Shape.flat(input.size());
    }

    @Override
    public Layer create(LayerContext context) {
      return new FlattenLayer(this, context);
    }

    @Override
    public String toString() {
      return NAME;
    }
  }
}
