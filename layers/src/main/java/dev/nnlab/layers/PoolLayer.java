package dev.nnlab.layers;

import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.PoolingGeometry;
import dev.nnlab.core.model.Parameter;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** What both pooling layers share: no parameters, and the geometry they declare. */
abstract class PoolLayer extends BaseLayer {

  final PoolingGeometry geometry;

  PoolLayer(PoolDefinition definition, LayerContext context, PoolingGeometry geometry) {
    super(definition, context);
    this.geometry = geometry;
  }

  @Override
  public final List<Parameter> parameters() {
    return List.of();
  }

  @Override
  public final void initialize(RandomGenerator weightStream, RandomGenerator biasStream) {}

  @Override
  public final <T> Optional<T> capability(Class<T> type) {
    return type == PoolingGeometry.class ? Optional.of(type.cast(geometry)) : Optional.empty();
  }
}
