package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** Provides {@code celu(alpha=1)}. */
public final class CeluProvider implements ActivationProvider {

  @Override
  public String name() {
    return "celu";
  }

  @Override
  public String description() {
    return "continuously differentiable ELU: z for z > 0, alpha*(e^(z/alpha) - 1) otherwise";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of(
            "alpha", ParameterType.positive(), "1", "the value approached as z -> -infinity is -alpha"));
  }

  @Override
  public List<String> examples() {
    return List.of("celu", "celu(alpha=0.5)", "celu(alpha=2)");
  }

  @Override
  public Activation create(Parameters parameters) {
    return Celu.of(parameters.real("alpha"));
  }
}
