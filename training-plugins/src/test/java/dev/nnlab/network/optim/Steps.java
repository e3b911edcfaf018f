package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import java.util.List;

/** Runs an optimizer on one scalar weight w = 1 with the given gradients, returning w after each. */
final class Steps {

  private Steps() {}

  static double[] run(Optimizer optimizer, double... gradients) {
    Parameter p = new Parameter("w", Parameter.Role.WEIGHTS, 1, 1);
    p.value().set(0, 0, 1);
    OptimizerState state = optimizer.start(List.of(p));
    double[] after = new double[gradients.length];
    for (int t = 0; t < gradients.length; t++) {
      p.gradient().set(0, 0, gradients[t]);
      state.step();
      after[t] = p.value().get(0, 0);
    }
    return after;
  }
}
