package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** {@code rmsprop}: RMSProp, w ← w − η·g/(√s + ε) with s a running mean of g² */
public final class RmsPropProvider implements OptimizerProvider {

  @Override
  public String name() {
    return "rmsprop";
  }

  @Override
  public String description() {
    return "RMSProp, w ← w − η·g/(√s + ε) with s a running mean of g²";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of("eta", ParameterType.positive(), "0.001", "learning rate η"),
        ParameterSpec.of("rho", ParameterType.real(0, true, 1, false), "0.9", "decay of the running mean of g²"),
        ParameterSpec.of("epsilon", ParameterType.positive(), "1e-8", "added to the root in the denominator, against division by zero"));
  }

  @Override
  public List<String> examples() {
    return List.of("rmsprop", "rmsprop(eta=0.01, rho=0.5)");
  }

  @Override
  public Optimizer create(Parameters p) {
    return new RmsProp(p.real("eta"), p.real("rho"), p.real("epsilon"));
  }
}
