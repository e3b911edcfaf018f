package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** {@code adam}: Adam with bias-corrected first and second moment estimates (Kingma &amp; Ba). */
public final class AdamProvider implements OptimizerProvider {

  @Override
  public String name() {
    return "adam";
  }

  @Override
  public String description() {
    return "Adam with bias-corrected first and second moment estimates (Kingma & Ba)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.of("eta", ParameterType.positive(), "0.001", "learning rate η"),
        ParameterSpec.of("beta1", ParameterType.real(0, true, 1, false), "0.9", "decay of the first-moment estimate"),
        ParameterSpec.of("beta2", ParameterType.real(0, true, 1, false), "0.999", "decay of the second-moment estimate"),
        ParameterSpec.of("epsilon", ParameterType.positive(), "1e-8", "added to the root in the denominator, against division by zero"));
  }

  @Override
  public List<String> examples() {
    return List.of("adam", "adam(eta=0.01, beta1=0.8, beta2=0.99, epsilon=1e-6)");
  }

  @Override
  public Optimizer create(Parameters p) {
    return new Adam(p.real("eta"), p.real("beta1"), p.real("beta2"), p.real("epsilon"));
  }
}
