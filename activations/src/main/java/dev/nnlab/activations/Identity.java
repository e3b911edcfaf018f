package dev.nnlab.activations;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;
import org.ejml.data.DMatrixRMaj;

/** f(z) = z: a linear layer (regression outputs, or the logits fed to a fused cost). */
final class Identity implements ElementwiseActivation {

  static final Identity INSTANCE = new Identity();

  private Identity() {}

  @Override
  public double value(double z) {
    return z;
  }

  @Override
  public double derivative(double z, double a) {
    return 1;
  }

  @Override
  public void forward(DMatrixRMaj z, DMatrixRMaj a) {
    System.arraycopy(z.data, 0, a.data, 0, z.getNumElements());
  }

  @Override
  public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
    System.arraycopy(gradA.data, 0, gradZ.data, 0, z.getNumElements());
  }

  /** PyTorch's calculate_gain('linear') = 1. */
  @Override
  public double gain() {
    return 1;
  }

  @Override
  public Range range() {
    return Range.REAL;
  }

  @Override
  public String toString() {
    return "identity";
  }
}
