package dev.nnlab.initializers;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * Saxe et al. (2014), as PyTorch's {@code orthogonal_}: the Q of the QR decomposition of a
 * Gaussian matrix, its columns' signs corrected by diag(R) so that Q is Haar-distributed, times
 * the gain. For an {@code r × c} target the Gaussian matrix is {@code max(r,c) × min(r,c)}; a wide
 * target ({@code r < c}) receives Qᵀ. So a tall or square W has WᵀW = gain²·I (orthonormal
 * columns) and a wide one WWᵀ = gain²·I (orthonormal rows).
 */
final class OrthogonalInitializer implements Initializer {

  private final double gain;

  OrthogonalInitializer(double gain) {
    this.gain = gain;
  }

  @Override
  public void initialize(DMatrixRMaj target, Fan fan, RandomGenerator random) {
    TargetShape.check(target, fan);
    int rows = target.getNumRows();
    int cols = target.getNumCols();
    boolean wide = rows < cols;
    int m = Math.max(rows, cols);
    int n = Math.min(rows, cols);
    DMatrixRMaj gaussian = new DMatrixRMaj(m, n);
    for (int i = 0; i < gaussian.data.length; i++) {
      gaussian.data[i] = random.nextGaussian();
    }
    QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(m, n);
    if (!qr.decompose(gaussian)) {
      throw new IllegalStateException("QR decomposition of a " + m + "×" + n + " Gaussian failed");
    }
    DMatrixRMaj q = qr.getQ(null, true);
    DMatrixRMaj r = qr.getR(null, true);
    for (int j = 0; j < n; j++) {
      double sign = r.get(j, j) < 0 ? -gain : gain;
      for (int i = 0; i < m; i++) {
        q.set(i, j, q.get(i, j) * sign);
      }
    }
    if (wide) {
      CommonOps_DDRM.transpose(q, target);
    } else {
      target.setTo(q);
    }
  }

  @Override
  public String formula(Fan fan) {
    int rows = fan.outChannels();
    int cols = fan.in();
    String product = rows < cols ? "W·Wᵀ" : "Wᵀ·W";
    return "Q of the QR of a " + Math.max(rows, cols) + "×" + Math.min(rows, cols)
        + " N(0, 1) matrix, signs from diag(R), times gain " + Numbers.show(gain) + ": "
        + rows + "×" + cols + " weights with " + product + " = "
        + Numbers.gainSquaredTimes(gain, "I") + ", values of mean 0 and variance "
        + Numbers.gainSquaredOver(gain, Integer.toString(Math.max(rows, cols))) + " = "
        + Numbers.show(gain * gain / Math.max(rows, cols));
  }

  @Override
  public String toString() {
    return "orthogonal(gain=" + Numbers.show(gain) + ")";
  }
}
