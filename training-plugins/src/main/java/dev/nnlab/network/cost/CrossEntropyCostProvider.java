package dev.nnlab.network.cost;

import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.CostProvider;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** {@code cross-entropy}: see {@link CrossEntropyCost}. */
public final class CrossEntropyCostProvider implements CostProvider {

  @Override
  public String name() {
    return "cross-entropy";
  }

  @Override
  public List<String> aliases() {
    return List.of("binary-cross-entropy");
  }

  @Override
  public String description() {
    return "−Σ[y ln a + (1−y) ln(1−a)] per sample (network2.py); δ = a − y with a sigmoid output";
  }

  @Override
  public Cost create(Parameters parameters) {
    return new CrossEntropyCost();
  }
}
