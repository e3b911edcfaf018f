package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import java.util.List;

/** RMSProp (Tieleman &amp; Hinton): s ← ρs + (1−ρ)g², w ← w − η·g/(√s + ε); s starts at zero. */
public record RmsProp(double eta, double rho, double epsilon) implements Optimizer {

  @Override
  public double learningRate() {
    return eta;
  }

  @Override
  public OptimizerState start(List<Parameter> parameters) {
    Parameter[] all = parameters.toArray(new Parameter[0]);
    double[][] meanSquare = new double[all.length][];
    for (int k = 0; k < all.length; k++) {
      meanSquare[k] = new double[all[k].size()];
    }
    return () -> {
      for (int k = 0; k < all.length; k++) {
        double[] w = all[k].value().data;
        double[] g = all[k].gradient().data;
        double[] s = meanSquare[k];
        for (int i = 0; i < s.length; i++) {
          s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
          w[i] -= eta * g[i] / (Math.sqrt(s[i]) + epsilon);
        }
      }
    };
  }

  @Override
  public String toString() {
    return "rmsprop(eta=" + eta + ", rho=" + rho + ", epsilon=" + epsilon + ")";
  }
}
