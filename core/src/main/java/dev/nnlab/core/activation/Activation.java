package dev.nnlab.core.activation;

import org.ejml.data.DMatrixRMaj;

/**
 * A layer's non-linearity, applied to a mini-batch of pre-activations. Matrices are
 * {@code batch × units}: one row per sample, so row-wise activations such as softmax act on rows.
 * Outputs are caller-owned matrices of the same shape, written in place; they must not alias the
 * inputs.
 */
public interface Activation {

  /** Writes {@code a = f(z)}. */
  void forward(DMatrixRMaj z, DMatrixRMaj a);

  /**
   * Writes {@code dL/dz} given {@code dL/da}: the Jacobian-vector product of f at {@code z}, so that
   * non-element-wise activations (softmax) are exact.
   *
   * @param z the pre-activations passed to {@link #forward}
   * @param a the outputs {@link #forward} wrote for {@code z}
   * @param gradA dL/da
   * @param gradZ receives dL/dz
   */
  void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ);

  /**
   * The recommended initialisation gain for weights feeding this activation (PyTorch's
   * {@code calculate_gain} where it defines one): the factor by which a unit-variance-preserving
   * initializer's standard deviation is multiplied.
   */
  double gain();

  /** The values this activation can output. */
  Range range();
}
