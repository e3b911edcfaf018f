package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** Provides {@code hard-tanh(low=-1, high=1)}. */
public final class HardTanhProvider implements ActivationProvider {

  @Override
  public String name() {
    return "hard-tanh";
  }

  @Override
  public String description() {
    return "clip(z, low, high), by default clip(z, -1, 1)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of("low", ParameterType.real(), "-1", "the lower clip (PyTorch's min_val); < high"),
        ParameterSpec.of("high", ParameterType.real(), "1", "the upper clip (PyTorch's max_val); > low"));
  }

  @Override
  public List<String> examples() {
    return List.of("hard-tanh", "hard-tanh(low=0, high=6)", "hard-tanh(low=-2, high=0.5)");
  }

  @Override
  public Activation create(Parameters parameters) {
    return HardTanh.of(parameters.real("low"), parameters.real("high"));
  }
}
