package dev.nnlab.network.regularize;

import dev.nnlab.core.model.Regularizer;
import org.ejml.data.DMatrixRMaj;

/**
 * L1 regularisation (Nielsen ch. 3): penalty (λ/n)·Σ|w|, gradient (λ/n)·sgn(w) with sgn(0) = 0, so
 * one SGD step is w ← w − (ηλ/n)·sgn(w) − η·g.
 */
public record L1(double lambda) implements Regularizer {

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
