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

/** Provides {@code batch-norm(momentum=0.1, epsilon=1e-5)}, as PyTorch's BatchNorm1d and BatchNorm2d. */
public final class BatchNormProvider implements LayerProvider {

  static final String NAME = "batch-norm";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "normalises each feature (flat input) or channel (image) by the batch's mean and variance, then scales by gamma and shifts by beta";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of("momentum", ParameterType.realBetween(0, 1), "0.1",
            "the weight of each batch in the running statistics (PyTorch's momentum)"),
        ParameterSpec.of("epsilon", ParameterType.positive(), "1e-5", "added to the variance before its square root (PyTorch's eps)"));
  }

  @Override
  public List<String> examples() {
    return List.of("batch-norm", "batch-norm(momentum=0.5, epsilon=0.001)");
  }

  @Override
  public LayerDefinition create(Parameters parameters) {
    return new Definition(Specs.canonical(NAME, parameters), parameters.real("momentum"), parameters.real("epsilon"));
  }

  /** @param spec the canonical spec */
  record Definition(String spec, double momentum, double epsilon) implements LayerDefinition {

    @Override
    public Shape outputShape(Shape input) {
      return input;
    }

    @Override
    public Layer create(LayerContext context) {
      return new BatchNormLayer(this, context);
    }

    @Override
    public String toString() {
      return spec;
    }
  }
}
