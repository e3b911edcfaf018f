package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** {@code adagrad}: AdaGrad, w ← w − η·g/(√s + ε) with s the sum of all past g² */
public final class AdaGradProvider implements OptimizerProvider {

  @Override
  public String name() {
    return "adagrad";
  }

  @Override
  public String description() {
    return "AdaGrad, w ← w − η·g/(√s + ε) with s the sum of all past g²";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of("eta", ParameterType.positive(), "0.01", "learning rate η"),
        ParameterSpec.of("epsilon", ParameterType.positive(), "1e-8", "added to the root in the denominator, against division by zero"));
  }

  @Override
  public List<String> examples() {
    return List.of("adagrad", "adagrad(eta=0.1, epsilon=1e-6)");
  }

  @Override
  public Optimizer create(Parameters p) {
    return new AdaGrad(p.real("eta"), p.real("epsilon"));
  }
}
