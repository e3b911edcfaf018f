package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** {@code sgd}: mini-batch gradient descent, w ← w − η·g (network.py) */
public final class SgdProvider implements OptimizerProvider {

  @Override
  public String name() {
    return "sgd";
  }

  @Override
  public String description() {
    return "mini-batch gradient descent, w ← w − η·g (network.py)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of("eta", ParameterType.positive(), "0.1", "learning rate η"));
  }

  @Override
  public List<String> examples() {
    return List.of("sgd", "sgd(eta=3)");
  }

  @Override
  public Optimizer create(Parameters p) {
    return new Sgd(p.real("eta"));
  }
}
