package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.plugin.Hyperparameters;
import dev.nnlab.core.plugin.PluginKinds;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Plain mini-batch gradient descent, network.py's rule: w ← w − (η/m)·Σ_x ∇C_x, which with the
 * batch-mean gradient g is w ← w − η·g.
 */
public record Sgd(double eta) implements Optimizer {

  private static final SgdProvider PROVIDER = new SgdProvider();

  /** Refuses what the spec sgd(...) refuses, with the same message. */
  public Sgd {
    Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "eta", eta);
  }

  @Override
  public double learningRate() {
    return eta;
  }

  @Override
  public OptimizerState start(List<Parameter> parameters) {
    return new ElementwiseOptimizerState(parameters, 0, (n, w, g, state) -> {
      for (int i = 0; i < n; i++) {
        w[i] -= eta * g[i];
      }
    });
  }

  @Override
  public String toString() {
    return "sgd(eta=" + eta + ")";
  }

  /** Sgd is the plain gradient step θ ← θ − η·g. */
  @Override
  public OptionalDouble plainGradientStep() {
    return OptionalDouble.of(eta);
  }
}
