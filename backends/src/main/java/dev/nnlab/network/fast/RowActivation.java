package dev.nnlab.network.fast;

import dev.nnlab.core.activation.Activation;
import org.ejml.data.DMatrixRMaj;

/**
 * An output activation that is not element-wise (softmax), applied to one sample's row through the
 * activation's own {@link Activation#forward}, in double, so that its semantics stay in one place.
 * The fast path takes such an activation only when it is the cost's canonical link: then δ = a − y
 * and its backward pass is never needed. One pair of 1 × units matrices per sample slot, made here,
 * so that threads working on different samples share nothing and nothing is allocated per batch.
 */
final class RowActivation {

  private final Activation f;
  private final int units;
  private final DMatrixRMaj[] z;
  private final DMatrixRMaj[] a;

  RowActivation(Activation f, int units, int slots) {
    this.f = f;
    this.units = units;
    this.z = new DMatrixRMaj[slots];
    this.a = new DMatrixRMaj[slots];
    for (int s = 0; s < slots; s++) {
      z[s] = new DMatrixRMaj(1, units);
      a[s] = new DMatrixRMaj(1, units);
    }
  }

  /** a[o + j] = f(z[o …])_j for j &lt; units, with the matrices of sample slot {@code slot}. */
  void forward(float[] zIn, float[] aOut, int o, int slot) {
    DMatrixRMaj zRow = z[slot];
    DMatrixRMaj aRow = a[slot];
    for (int j = 0; j < units; j++) {
      zRow.data[j] = zIn[o + j];
    }
    f.forward(zRow, aRow);
    for (int j = 0; j < units; j++) {
      aOut[o + j] = (float) aRow.data[j];
    }
  }
}
