package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.plugin.Hyperparameters;
import dev.nnlab.core.plugin.PluginKinds;
import java.util.List;

/**
 * Adam (Kingma &amp; Ba 2015, algorithm 1): m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g²,
 * w ← w − η·m̂/(√v̂ + ε) with m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ), t counting steps from 1.
 */
public record Adam(double eta, double beta1, double beta2, double epsilon) implements Optimizer {

  private static final AdamProvider PROVIDER = new AdamProvider();

  /** Refuses what the spec adam(...) refuses, with the same message. */
  public Adam {
    Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "eta", eta);
    Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "beta1", beta1);
    Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "beta2", beta2);
    Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "epsilon", epsilon);
  }

  @Override
  public double learningRate() {
    return eta;
  }

  @Override
  public OptimizerState start(List<Parameter> parameters) {
    return new ElementwiseOptimizerState(parameters, 2, new ElementwiseRule() {
      private double correction1;
      private double correction2;

      @Override
      public void beginStep(long t) {
        correction1 = 1 - Math.pow(beta1, t);
        correction2 = 1 - Math.pow(beta2, t);
      }

      @Override
      public void update(int n, double[] w, double[] g, double[][] state) {
        double[] m = state[0];
        double[] v = state[1];
        for (int i = 0; i < n; i++) {
          m[i] = beta1 * m[i] + (1 - beta1) * g[i];
          v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
          w[i] -= eta * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + epsilon);
        }
      }
    });
  }

  @Override
  public String toString() {
    return "adam(eta=" + eta + ", beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon + ")";
  }
}
