package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import java.util.List;

/**
 * Adam (Kingma &amp; Ba 2015, algorithm 1): m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g²,
 * w ← w − η·m̂/(√v̂ + ε) with m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ), t counting steps from 1.
 */
public record Adam(double eta, double beta1, double beta2, double epsilon) implements Optimizer {

  @Override
  public double learningRate() {
    return eta;
  }

  @Override
  public OptimizerState start(List<Parameter> parameters) {
    Parameter[] all = parameters.toArray(new Parameter[0]);
    double[][] first = new double[all.length][];
    double[][] second = new double[all.length][];
    for (int k = 0; k < all.length; k++) {
      first[k] = new double[all[k].size()];
      second[k] = new double[all[k].size()];
    }
    return new OptimizerState() {
      private int t;

      @Override
      public void step() {
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        for (int k = 0; k < all.length; k++) {
          double[] w = all[k].value().data;
          double[] g = all[k].gradient().data;
          double[] m = first[k];
          double[] v = second[k];
          for (int i = 0; i < m.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * g[i];
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
            w[i] -= eta * (m[i] / correction1) / (Math.sqrt(v[i] / correction2) + epsilon);
          }
        }
      }
    };
  }

  @Override
  public String toString() {
    return "adam(eta=" + eta + ", beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon + ")";
  }
}
