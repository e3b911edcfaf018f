package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.Parameters;

/** Provides {@code relu}. */
public final class ReluProvider implements ActivationProvider {

  @Override
  public String name() {
    return "relu";
  }

  @Override
  public String description() {
    return "rectified linear unit max(0, z); gain sqrt(2)";
  }

  @Override
  public Activation create(Parameters parameters) {
    return Relu.INSTANCE;
  }
}
