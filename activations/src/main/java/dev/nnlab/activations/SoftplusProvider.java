package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.Parameters;

/** Provides {@code softplus}. */
public final class SoftplusProvider implements ActivationProvider {

  @Override
  public String name() {
    return "softplus";
  }

  @Override
  public String description() {
    return "smooth ReLU ln(1+e^z), computed without overflow";
  }

  @Override
  public Activation create(Parameters parameters) {
    return Softplus.INSTANCE;
  }
}
