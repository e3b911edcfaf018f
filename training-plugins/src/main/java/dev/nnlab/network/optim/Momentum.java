package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.plugin.Hyperparameters;
import dev.nnlab.core.plugin.Plugin;
import dev.nnlab.core.plugin.PluginKinds;
import java.util.List;

/**
 * Momentum-based gradient descent (Nielsen ch. 3): v ← μv − η·g, w ← w + v. With {@code nesterov},
 * Sutskever's look-ahead form as Keras writes it: v ← μv − η·g, w ← w + μv − η·g. Velocities start
 * at zero.
 */
public record Momentum(double eta, double mu, boolean nesterov) implements Optimizer {

  private static final MomentumProvider MOMENTUM = new MomentumProvider();
  private static final NesterovProvider NESTEROV = new NesterovProvider();

  /** Refuses what the spec momentum(...) or nesterov(...) refuses, with the same message. */
  public Momentum {
    Plugin<Optimizer> provider = nesterov ? NESTEROV : MOMENTUM;
    Hyperparameters.check(PluginKinds.OPTIMIZER, provider, "eta", eta);
    Hyperparameters.check(PluginKinds.OPTIMIZER, provider, "mu", mu);
  }

  @Override
  public double learningRate() {
    return eta;
  }

  @Override
  public OptimizerState start(List<Parameter> parameters) {
    return new ElementwiseOptimizerState(parameters, 1, (n, w, g, state) -> {
      double[] v = state[0];
      for (int i = 0; i < n; i++) {
        v[i] = mu * v[i] - eta * g[i];
        w[i] += nesterov ? mu * v[i] - eta * g[i] : v[i];
      }
    });
  }

  @Override
  public String toString() {
    return (nesterov ? "nesterov" : "momentum") + "(eta=" + eta + ", mu=" + mu + ")";
  }
}
