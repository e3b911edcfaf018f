package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** Provides {@code silu}. */
public final class SiluProvider implements ActivationProvider {

  @Override
  public String name() {
    return "silu";
  }

  @Override
  public List<String> aliases() {
    return List.of("swish");
  }

  @Override
  public String description() {
    return "sigmoid-weighted linear unit z*sigmoid(z) (swish with beta=1)";
  }

  @Override
  public Activation create(Parameters parameters) {
    return Silu.INSTANCE;
  }
}
