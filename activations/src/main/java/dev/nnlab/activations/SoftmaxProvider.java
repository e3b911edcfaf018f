package dev.nnlab.activations;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ActivationProvider;
import dev.nnlab.core.plugin.Parameters;

/** Provides {@code softmax}. */
public final class SoftmaxProvider implements ActivationProvider {

  @Override
  public String name() {
    return "softmax";
  }

  @Override
  public String description() {
    return "row-wise softmax: each sample's outputs form a probability distribution";
  }

  @Override
  public Activation create(Parameters parameters) {
    return Softmax.INSTANCE;
  }
}
