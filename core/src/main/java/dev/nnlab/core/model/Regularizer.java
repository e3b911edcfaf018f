package dev.nnlab.core.model;

import org.ejml.data.DMatrixRMaj;

/**
 * A penalty on weight matrices (never biases), scaled by the training-set size n as in Nielsen's
 * network2.py: L2 adds (λ/2n)·Σw² to the cost and (λ/n)·w to the gradient.
 */
public interface Regularizer {

  /** The penalty this weight matrix adds to the cost. */
  double penalty(DMatrixRMaj weights, int n);

  /** Adds ∂penalty/∂weights to {@code gradient}, in place. Must not allocate. */
  void addGradient(DMatrixRMaj weights, int n, DMatrixRMaj gradient);
}
