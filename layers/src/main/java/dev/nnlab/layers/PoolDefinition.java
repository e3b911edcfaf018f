package dev.nnlab.layers;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.PoolingGeometry;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code max-pool(size, stride)} or {@code avg-pool(size, stride)}: square windows, channel by
 * channel, no padding; see {@link PoolingGeometry}.
 *
 * @param spec the canonical spec
 */
record PoolDefinition(String spec, PoolingGeometry.Kind kind, int size, int stride) implements LayerDefinition {

  /** The parameters both pooling plugins take. */
  static List<ParameterSpec> parameters(String name) {
    return List.of(
        Required.parameter("size", ParameterType.integer(1, 1 << 10), name + "(size=2)", "the window's side"),
        ParameterSpec.of("stride", StrideType.INSTANCE, StrideType.SIZE, "the step between windows; size: windows tile the image"));
  }

  static PoolDefinition of(String name, PoolingGeometry.Kind kind, Parameters parameters) {
    int size = (int) parameters.integer("size");
    OptionalInt stride = (OptionalInt) parameters.asMap().get("stride");
    return new PoolDefinition(Specs.canonical(name, parameters), kind, size, stride.orElse(size));
  }

  @Override
  public Shape outputShape(Shape input) {
    return Windows.pooling(input, size, stride);
  }

  @Override
  public Layer create(LayerContext context) {
    PoolingGeometry geometry = new PoolingGeometry(context.inputShape(), kind, size, stride);
    return kind == PoolingGeometry.Kind.MAX ? new MaxPoolLayer(this, context, geometry) : new AvgPoolLayer(this, context, geometry);
  }

  @Override
  public String toString() {
    return spec;
  }
}
