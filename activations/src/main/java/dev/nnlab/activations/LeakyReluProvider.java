package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** Provides {@code leaky-relu(slope=0.01)}. */
public final class LeakyReluProvider implements ActivationProvider {

  @Override
  public String name() {
    return "leaky-relu";
  }

  @Override
  public String description() {
    return "z for z > 0, slope*z otherwise; gain sqrt(2/(1+slope^2))";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of(
            "slope", ParameterType.realBetween(0, 1), "0.01", "the slope for z <= 0 (PyTorch's negative_slope)"));
  }

  @Override
  public List<String> examples() {
    return List.of("leaky-relu", "leaky-relu(slope=0.2)", "leaky-relu(slope=0)");
  }

  @Override
  public Activation create(Parameters parameters) {
    return new LeakyRelu(parameters.real("slope"));
  }
}
