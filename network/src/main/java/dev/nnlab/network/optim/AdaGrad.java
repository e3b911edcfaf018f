package dev.nnlab.network.optim;

import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import java.util.List;

/** AdaGrad (Duchi et al. 2011): s ← s + g², w ← w − η·g/(√s + ε); s starts at zero. */
public record AdaGrad(double eta, double epsilon) implements Optimizer {

  @Override
  public double learningRate() {
    return eta;
  }

  @Override
  public OptimizerState start(List<Parameter> parameters) {
    Parameter[] all = parameters.toArray(new Parameter[0]);
    double[][] sumSquares = new double[all.length][];
    for (int k = 0; k < all.length; k++) {
      sumSquares[k] = new double[all[k].size()];
    }
    return () -> {
      for (int k = 0; k < all.length; k++) {
        double[] w = all[k].value().data;
        double[] g = all[k].gradient().data;
        double[] s = sumSquares[k];
        for (int i = 0; i < s.length; i++) {
          s[i] += g[i] * g[i];
          w[i] -= eta * g[i] / (Math.sqrt(s[i]) + epsilon);
        }
      }
    };
  }

  @Override
  public String toString() {
    return "adagrad(eta=" + eta + ", epsilon=" + epsilon + ")";
  }
}
