package dev.nnlab.core.model;

import java.util.OptionalDouble;
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

  /**
   * λ when this penalty is L2 weight decay, (λ/2n)·Σw² with gradient (λ/n)·w (0 for no penalty), so
   * that a backend may fold it into its update as w ← (1 − ηλ/n)·w. Empty by default; a regularizer
   * that declares it must penalise exactly that way.
   */
  default OptionalDouble l2WeightDecay() {
    return OptionalDouble.empty();
  }
}
