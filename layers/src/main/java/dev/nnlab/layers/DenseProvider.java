package dev.nnlab.layers;

import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.LayerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import dev.nnlab.core.plugin.PluginKinds;
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
        ParameterSpec.of("units", ParameterType.integer(1, 1 << 24), "", "the number of outputs (required)"),
        ParameterSpec.of(
            "activation", ParameterType.component(PluginKinds.ACTIVATION), "",
            "f; empty: the network's hidden or output activation"),
        ParameterSpec.of(
            "weights", ParameterType.component(PluginKinds.INITIALIZER), "",
            "the weight initializer; empty: the network's"),
        ParameterSpec.of(
            "biases", ParameterType.component(PluginKinds.INITIALIZER), "",
            "the bias initializer; empty: the network's"));
  }

  @Override
  public List<String> examples() {
    return List.of("dense(units=30)", "dense(units=10, activation=softmax)", "dense(units=100, weights=he-normal)");
  }

  @Override
  public LayerDefinition create(Parameters parameters) {
    return new Dense(
        Math.toIntExact(parameters.integer("units")),
        parameters.component("activation", PluginKinds.ACTIVATION),
        parameters.component("weights", PluginKinds.INITIALIZER),
        parameters.component("biases", PluginKinds.INITIALIZER));
  }
}
