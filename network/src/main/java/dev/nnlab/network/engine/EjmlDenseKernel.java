package dev.nnlab.network.engine;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** The reference kernel: EJML's dense double-precision products. */
public final class EjmlDenseKernel implements DenseKernel {

  public static final EjmlDenseKernel INSTANCE = new EjmlDenseKernel();

  private EjmlDenseKernel() {}

  @Override
  public void forward(DMatrixRMaj x, DMatrixRMaj w, DMatrixRMaj b, DMatrixRMaj z) {
    CommonOps_DDRM.multTransB(x, w, z);
    double[] zs = z.data;
    double[] bs = b.data;
    int out = z.numCols;
    for (int i = 0, row = 0; i < z.numRows; i++, row += out) {
      for (int j = 0; j < out; j++) {
        zs[row + j] += bs[j];
      }
    }
  }

  @Override
  public void gradients(
      DMatrixRMaj delta, DMatrixRMaj x, double scale, DMatrixRMaj gradW, DMatrixRMaj gradB) {
    CommonOps_DDRM.multTransA(scale, delta, x, gradW);
    double[] ds = delta.data;
    double[] gb = gradB.data;
    int out = delta.numCols;
    for (int j = 0; j < out; j++) {
      gb[j] = 0;
    }
    for (int i = 0, row = 0; i < delta.numRows; i++, row += out) {
      for (int j = 0; j < out; j++) {
        gb[j] += ds[row + j];
      }
    }
    for (int j = 0; j < out; j++) {
      gb[j] *= scale;
    }
  }

  @Override
  public void backpropagate(DMatrixRMaj delta, DMatrixRMaj w, DMatrixRMaj gradX) {
    CommonOps_DDRM.mult(delta, w, gradX);
  }
}
