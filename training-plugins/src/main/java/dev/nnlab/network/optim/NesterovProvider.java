package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** {@code nesterov}: Nesterov accelerated gradient, v ← μv − η·g, w ← w + μv − η·g */
public final class NesterovProvider implements OptimizerProvider {

  @Override
  public String name() {
    return "nesterov";
  }

  @Override
  public String description() {
    return "Nesterov accelerated gradient, v ← μv − η·g, w ← w + μv − η·g";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return MomentumProvider.PARAMETERS;
  }

  @Override
  public List<String> examples() {
    return List.of("nesterov", "nesterov(eta=0.5, mu=0.5)");
  }

  @Override
  public Optimizer create(Parameters p) {
    return new Momentum(p.real("eta"), p.real("mu"), true);
  }
}
