package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.Parameters;

/** Provides {@code softsign}. */
public final class SoftsignProvider implements ActivationProvider {

  @Override
  public String name() {
    return "softsign";
  }

  @Override
  public String description() {
    return "z/(1+|z|), range (-1, 1)";
  }

  @Override
  public Activation create(Parameters parameters) {
    return Softsign.INSTANCE;
  }
}
