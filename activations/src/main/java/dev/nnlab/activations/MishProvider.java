package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.Parameters;

/** Provides {@code mish}. */
public final class MishProvider implements ActivationProvider {

  @Override
  public String name() {
    return "mish";
  }

  @Override
  public String description() {
    return "Misra's self-regularised activation z*tanh(softplus(z))";
  }

  @Override
  public Activation create(Parameters parameters) {
    return Mish.INSTANCE;
  }
}
