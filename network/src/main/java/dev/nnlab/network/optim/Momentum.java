package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import java.util.List;

/**
 * Momentum-based gradient descent (Nielsen ch. 3): v ← μv − η·g, w ← w + v. With {@code nesterov},
 * Sutskever's look-ahead form as Keras writes it: v ← μv − η·g, w ← w + μv − η·g. Velocities start
 * at zero.
 */
public record Momentum(double eta, double mu, boolean nesterov) implements Optimizer {

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
