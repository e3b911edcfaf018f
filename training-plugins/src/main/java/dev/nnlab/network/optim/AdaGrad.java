package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.plugin.Hyperparameters;
import dev.nnlab.core.plugin.PluginKinds;
import java.util.List;

/** AdaGrad (Duchi et al. 2011): s ← s + g², w ← w − η·g/(√s + ε); s starts at zero. */
public record AdaGrad(double eta, double epsilon) implements Optimizer {

  private static final AdaGradProvider PROVIDER = new AdaGradProvider();

  /** Refuses what the spec adagrad(...) refuses, with the same message. */
  public AdaGrad {
    Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "eta", eta);
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
        s[i] += g[i] * g[i];
        w[i] -= eta * g[i] / (Math.sqrt(s[i]) + epsilon);
      }
    });
  }

  @Override
  public String toString() {
    return "adagrad(eta=" + eta + ", epsilon=" + epsilon + ")";
  }
}
