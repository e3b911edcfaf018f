package dev.nnlab.network.regularize;

import dev.nnlab.core.model.Regularizer;
import dev.nnlab.core.model.RegularizerProvider;
import dev.nnlab.core.plugin.Parameters;

/** {@code none}: no regularisation. */
public final class NoRegularizerProvider implements RegularizerProvider {

  @Override
  public String name() {
    return "none";
  }

  @Override
  public String description() {
    return "no regularisation (network.py)";
  }

  @Override
  public Regularizer create(Parameters parameters) {
    return NoRegularizer.INSTANCE;
  }
}
