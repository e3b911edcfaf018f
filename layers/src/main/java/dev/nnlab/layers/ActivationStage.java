package dev.nnlab.layers;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.plugin.Configured;
import org.ejml.data.DMatrixRMaj;

/**
 * The activation a layer applies last, a = f(z), with the outputs it keeps for the backward pass
 * (so that the caller may reuse its output matrix).
 */
final class ActivationStage {

  private final Configured<Activation> activation;
  private final DMatrixRMaj a = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj gradZ = new DMatrixRMaj(1, 1);

  ActivationStage(Configured<Activation> activation) {
    this.activation = activation;
  }

  Configured<Activation> activation() {
    return activation;
  }

  /** Writes f(z) into {@code output}, reshaped to z's shape. */
  void forward(DMatrixRMaj z, DMatrixRMaj output) {
    a.reshape(z.numRows, z.numCols);
    activation.value().forward(z, a);
    output.reshape(z.numRows, z.numCols);
    System.arraycopy(a.data, 0, output.data, 0, a.getNumElements());
  }

  /**
   * ∂C/∂z for the last {@link #forward} of {@code z}.
   *
   * @param gradient ∂C/∂a, or ∂C/∂z itself when {@code ofPreActivation}
   * @return {@code gradient} when {@code ofPreActivation}, else a matrix owned by this stage
   */
  DMatrixRMaj gradientOfZ(DMatrixRMaj z, DMatrixRMaj gradient, boolean ofPreActivation) {
    if (ofPreActivation) {
      return gradient;
    }
    gradZ.reshape(z.numRows, z.numCols);
    activation.value().backward(z, a, gradient, gradZ);
    return gradZ;
  }
}
