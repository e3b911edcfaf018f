package dev.nnlab.network.regularize;

import dev.nnlab.core.model.Regularizer;
import dev.nnlab.core.model.RegularizerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** {@code l1}: L1: (λ/n)Σ|w| added to the cost, w ← w − (ηλ/n)sgn(w) − η·g. */
public final class L1Provider implements RegularizerProvider {

  @Override
  public String name() {
    return "l1";
  }

  @Override
  public String description() {
    return "L1: (λ/n)Σ|w| added to the cost, w ← w − (ηλ/n)sgn(w) − η·g";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return L2Provider.PARAMETERS;
  }

  @Override
  public List<String> examples() {
    return List.of("l1", "l1(lambda=0.1)");
  }

  @Override
  public Regularizer create(Parameters p) {
    return new L1(p.real("lambda"));
  }
}
