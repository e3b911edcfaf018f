package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.Parameters;

/** Provides {@code selu}. */
public final class SeluProvider implements ActivationProvider {

  @Override
  public String name() {
    return "selu";
  }

  @Override
  public String description() {
    return "scaled ELU (Klambauer et al.), self-normalising with lecun-normal weights; gain 3/4 as PyTorch";
  }

  @Override
  public Activation create(Parameters parameters) {
    return Selu.INSTANCE;
  }
}
