package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.Parameters;

/** Provides {@code tanh}. */
public final class TanhProvider implements ActivationProvider {

  @Override
  public String name() {
    return "tanh";
  }

  @Override
  public String description() {
    return "hyperbolic tangent, range (-1, 1); gain 5/3";
  }

  @Override
  public Activation create(Parameters parameters) {
    return Tanh.INSTANCE;
  }
}
