package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** Provides {@code elu(alpha=1)}. */
public final class EluProvider implements ActivationProvider {

  @Override
  public String name() {
    return "elu";
  }

  @Override
  public String description() {
    return "exponential linear unit: z for z > 0, alpha*(e^z - 1) otherwise";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of(
            "alpha", ParameterType.positive(), "1", "the value approached as z -> -infinity is -alpha"));
  }

  @Override
  public List<String> examples() {
    return List.of("elu", "elu(alpha=0.5)", "elu(alpha=2)");
  }

  @Override
  public Activation create(Parameters parameters) {
    return Elu.of(parameters.real("alpha"));
  }
}
