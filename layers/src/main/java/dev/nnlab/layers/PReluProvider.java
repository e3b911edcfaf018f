package dev.nnlab.layers;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.LayerProvider;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** Provides {@code prelu(init=0.25, channel_wise=false)}, as PyTorch's PReLU. */
public final class PReluProvider implements LayerProvider {

  static final String NAME = "prelu";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "x for x > 0, a·x otherwise, with the slope a learned: one for the layer, or one per channel";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of("init", ParameterType.real(), "0.25", "the slope's initial value (PyTorch's init)"),
        ParameterSpec.of("channel_wise", ParameterType.bool(), "false",
            "one slope per channel (per feature for a flat input) instead of one shared (PyTorch's num_parameters)"));
  }

  @Override
  public List<String> examples() {
    return List.of("prelu", "prelu(init=0.1, channel_wise=true)", "prelu(init=-0.5)");
  }

  @Override
  public LayerDefinition create(Parameters parameters) {
    return new Definition(Specs.canonical(NAME, parameters), parameters.real("init"), parameters.bool("channel_wise"));
  }

  /** @param spec the canonical spec */
  record Definition(String spec, double init, boolean channelWise) implements LayerDefinition {

    @Override
    public Shape outputShape(Shape input) {
      return input;
    }

    @Override
    public Layer create(LayerContext context) {
      return new PReluLayer(this, context);
    }

    @Override
    public String toString() {
      return spec;
    }
  }
}
