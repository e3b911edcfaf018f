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

/** Provides {@code dropout(rate=0.5)}: inverted dropout, as PyTorch's Dropout. */
public final class DropoutProvider implements LayerProvider {

  static final String NAME = "dropout";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "in training, zeroes each value with probability rate and scales the rest by 1/(1-rate); identity in inference";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(ParameterSpec.of(
        "rate", ParameterType.real(0, true, 1, false), "0.5", "the probability that a value is dropped (PyTorch's p)"));
  }

  @Override
  public List<String> examples() {
    return List.of("dropout", "dropout(rate=0.2)", "dropout(rate=0)");
  }

  @Override
  public LayerDefinition create(Parameters parameters) {
    return new Definition(Specs.canonical(NAME, parameters), parameters.real("rate"));
  }

  /** @param spec the canonical spec */
  record Definition(String spec, double rate) implements LayerDefinition {

    @Override
    public Shape outputShape(Shape input) {
      return input;
    }

    @Override
    public Layer create(LayerContext context) {
      return new DropoutLayer(this, context);
    }

    @Override
    public String toString() {
      return spec;
    }
  }
}
