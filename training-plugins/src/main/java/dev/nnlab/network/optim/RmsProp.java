package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.plugin.Hyperparameters;
import dev.nnlab.core.plugin.PluginKinds;
import java.util.List;

/** RMSProp (Tieleman &amp; Hinton): s ← ρs + (1−ρ)g², w ← w − η·g/(√s + ε); s starts at zero. */
public record RmsProp(double eta, double rho, double epsilon) implements Optimizer {

  private static final RmsPropProvider PROVIDER = new RmsPropProvider();

  /** Refuses what the spec rmsprop(...) refuses, with the same message. */
  public RmsProp {
    Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "eta", eta);
    Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "rho", rho);
    Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "epsilon", epsilon);
  }

  @Override
  public double learningRate() {
    return eta;
  }

  @Override
  public OptimizerState start(List<Parameter> parameters) {
    return new ElementwiseOptimizerState(parameters, 1, (n, w, g, state) -> {
      double[] s = state[0];
      for (int i = 0; i < n; i++) {
        s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
        w[i] -= eta * g[i] / (Math.sqrt(s[i]) + epsilon);
      }
    });
  }

  @Override
  public String toString() {
    return "rmsprop(eta=" + eta + ", rho=" + rho + ", epsilon=" + epsilon + ")";
  }
}
