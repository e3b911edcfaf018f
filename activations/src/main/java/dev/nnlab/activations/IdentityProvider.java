package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** Provides {@code identity}. */
public final class IdentityProvider implements ActivationProvider {

  @Override
  public String name() {
    return "identity";
  }

  @Override
  public List<String> aliases() {
    return List.of("linear");
  }

  @Override
  public String description() {
    return "f(z) = z, a linear layer; gain 1";
  }

  @Override
  public Activation create(Parameters parameters) {
    return Identity.INSTANCE;
  }
}
