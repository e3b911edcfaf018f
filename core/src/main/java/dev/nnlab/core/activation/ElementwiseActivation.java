package dev.nnlab.core.activation;

import org.ejml.data.DMatrixRMaj;

/**
 * An activation applied to every entry independently. Implementations give the scalar function and
 * its derivative; the matrix operations loop over the entries. Diagnostics use the derivative to
 * tell saturated or dead units.
 */
public interface ElementwiseActivation extends Activation {

  /** f(z). */
  double value(double z);

  /** f'(z), given also {@code a = f(z)} (cheaper for sigmoid and tanh). */
  double derivative(double z, double a);

  @Override
  default void forward(DMatrixRMaj z, DMatrixRMaj a) {
    double[] in = z.data;
    double[] out = a.data;
    int n = z.getNumElements();
    for (int i = 0; i < n; i++) {
      out[i] = value(in[i]);
    }
  }

  @Override
  default void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
    double[] zs = z.data;
    double[] as = a.data;
    double[] ga = gradA.data;
    double[] gz = gradZ.data;
    int n = z.getNumElements();
    for (int i = 0; i < n; i++) {
      gz[i] = ga[i] * derivative(zs[i], as[i]);
    }
  }
}
