package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.Parameters;

/** Provides {@code sigmoid}. */
public final class SigmoidProvider implements ActivationProvider {

  @Override
  public String name() {
    return "sigmoid";
  }

  @Override
  public String description() {
    return "logistic sigmoid 1/(1+e^-z), range (0, 1); Nielsen's network.py activation";
  }

  @Override
  public Activation create(Parameters parameters) {
    return Sigmoid.INSTANCE;
  }
}
