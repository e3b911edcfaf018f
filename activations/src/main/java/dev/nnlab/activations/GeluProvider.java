package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** Provides {@code gelu(approximate=none|tanh)}; the default is the exact form, as in PyTorch. */
public final class GeluProvider implements ActivationProvider {

  @Override
  public String name() {
    return "gelu";
  }

  @Override
  public String description() {
    return "Gaussian error linear unit z*Phi(z); approximate=tanh for the BERT/GPT-2 formula";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of(
            "approximate",
            ParameterType.choice("none", "tanh"),
            "none",
            "none: exact z*Phi(z) through erf; tanh: 0.5z(1+tanh(sqrt(2/pi)(z+0.044715z^3)))"));
  }

  @Override
  public List<String> examples() {
    return List.of("gelu", "gelu(approximate=tanh)");
  }

  @Override
  public Activation create(Parameters parameters) {
    return "tanh".equals(parameters.choice("approximate")) ? GeluTanh.INSTANCE : Gelu.INSTANCE;
  }
}
