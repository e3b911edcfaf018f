package dev.nnlab.network.cost;

import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.CostProvider;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** {@code log-likelihood}: see {@link LogLikelihoodCost}. */
public final class LogLikelihoodCostProvider implements CostProvider {

  @Override
  public String name() {
    return "log-likelihood";
  }

  @Override
  public List<String> aliases() {
    return List.of("nll", "negative-log-likelihood");
  }

  @Override
  public String description() {
    return "−Σ y ln a per sample (Nielsen ch. 3); δ = a − y with a softmax output";
  }

  @Override
  public Cost create(Parameters parameters) {
    return new LogLikelihoodCost();
  }
}
