package dev.nnlab.layers;

import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.LayerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Initializer;
import java.util.List;

/** The {@code dense} layer plugin; see {@link Dense}. */
public final class DenseProvider implements LayerProvider {

  static final String NAME = "dense";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> aliases() {
    return List.of("fully-connected", "linear");
  }

  @Override
  public String description() {
    return "fully connected: z = x·Wᵀ + b, a = f(z), weights units × inputs";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        Required.parameter(
            "units", ParameterType.integer(1, 1 << 24), "dense(units=30)", "the number of outputs"),
        LayerParameters.ACTIVATION,
        LayerParameters.WEIGHTS,
        LayerParameters.BIASES);
  }

  @Override
  public List<String> examples() {
    return List.of("dense(units=30)", "dense(units=10, activation=softmax)", "dense(units=100, weights=he-normal)",
        "dense(units=20, activation=tanh, biases=zeros)");
  }

  @Override
  public LayerDefinition create(Parameters parameters) {
    return new Dense(
        Math.toIntExact(parameters.integer("units")),
        OverridableType.<Activation>value(parameters, "activation").own(),
        OverridableType.<Initializer>value(parameters, "weights").own(),
        OverridableType.<Initializer>value(parameters, "biases").own());
  }
}
