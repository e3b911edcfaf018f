package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** {@code momentum}: momentum gradient descent, v ← μv − η·g, w ← w + v (Nielsen ch. 3) */
public final class MomentumProvider implements OptimizerProvider {

  @Override
  public String name() {
    return "momentum";
  }

  @Override
  public String description() {
    return "momentum gradient descent, v ← μv − η·g, w ← w + v (Nielsen ch. 3)";
  }

  /** Also {@code nesterov}'s: the look-ahead changes where the velocity is applied, not what tunes it. */
  static final List<ParameterSpec> PARAMETERS =
      List.of(
          ParameterSpec.of("eta", ParameterType.positive(), "0.1", "learning rate η"),
          ParameterSpec.of("mu", ParameterType.real(0, true, 1, false), "0.9", "momentum coefficient μ (0 = plain SGD)"));

  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  @Override
  public List<String> examples() {
    return List.of("momentum", "momentum(eta=0.5, mu=0.5)");
  }

  @Override
  public Optimizer create(Parameters p) {
    return new Momentum(p.real("eta"), p.real("mu"), false);
  }
}
