package dev.nnlab.network.regularize;

import dev.nnlab.core.model.Regularizer;
import dev.nnlab.core.model.RegularizerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** {@code l2}: L2 weight decay: (λ/2n)Σw² added to the cost, w ← (1 − ηλ/n)w − η·g (network2.py). */
public final class L2Provider implements RegularizerProvider {

  @Override
  public String name() {
    return "l2";
  }

  @Override
  public List<String> aliases() {
    return List.of("weight-decay");
  }

  @Override
  public String description() {
    return "L2 weight decay: (λ/2n)Σw² added to the cost, w ← (1 − ηλ/n)w − η·g (network2.py)";
  }

  /** Also {@code l1}'s: both scale a penalty by λ/n, so they take the same one parameter. */
  static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.of(
              "lambda", ParameterType.nonNegative(), "5", "strength λ; n is the training-set size"));

  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  @Override
  public List<String> examples() {
    return List.of("l2", "l2(lambda=0.1)");
  }

  @Override
  public Regularizer create(Parameters p) {
    return new L2(p.real("lambda"));
  }
}
