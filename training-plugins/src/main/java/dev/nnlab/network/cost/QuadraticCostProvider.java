package dev.nnlab.network.cost;

import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.CostProvider;
import dev.nnlab.core.plugin.Parameters;

/** {@code quadratic}: see {@link QuadraticCost}. */
public final class QuadraticCostProvider implements CostProvider {

  @Override
  public String name() {
    return "quadratic";
  }

  @Override
  public String description() {
    return "½‖a − y‖² per sample, averaged over the mini-batch (Nielsen ch. 1, network.py)";
  }

  @Override
  public Cost create(Parameters parameters) {
    return new QuadraticCost();
  }
}
