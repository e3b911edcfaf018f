package dev.nnlab.network.regularize;

import dev.nnlab.core.model.Regularizer;
import dev.nnlab.core.plugin.Hyperparameters;
import dev.nnlab.core.plugin.PluginKinds;
import org.ejml.data.DMatrixRMaj;

/**
 * L1 regularisation (Nielsen ch. 3): penalty (λ/n)·Σ|w|, gradient (λ/n)·sgn(w) with sgn(0) = 0, so
 * one SGD step is w ← w − (ηλ/n)·sgn(w) − η·g.
 */
public record L1(double lambda) implements Regularizer {

  private static final L1Provider PROVIDER = new L1Provider();

  /** Refuses what the spec l1(...) refuses, with the same message. */
  public L1 {
    Hyperparameters.check(PluginKinds.REGULARIZER, PROVIDER, "lambda", lambda);
  }

  @Override
  public double penalty(DMatrixRMaj weights, int n) {
    double sum = 0;
    for (int i = 0; i < weights.getNumElements(); i++) {
      sum += Math.abs(weights.data[i]);
    }
    return lambda / n * sum;
  }

  @Override
  public void addGradient(DMatrixRMaj weights, int n, DMatrixRMaj gradient) {
    double scale = lambda / n;
    for (int i = 0; i < weights.getNumElements(); i++) {
      gradient.data[i] += scale * Math.signum(weights.data[i]);
    }
  }
}
