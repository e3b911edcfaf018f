package dev.nnlab.network.fast;

/** {@link ConvKernels} in plain loops, for JVMs without the Vector API. */
enum ScalarConvKernels implements ConvKernels {
  INSTANCE;

  @Override
  public int lanes() {
    return 1;
  }

  @Override
  public void multiply(
      float[] a, int aOff, int aRow, int aCol, int rows, int depth, float[] b, int bOff, int ldb, int n,
      float[] c, int cOff, int ldc, boolean accumulate) {
    for (int i = 0; i < rows; i++) {
      int ci = cOff + i * ldc;
      if (!accumulate) {
        java.util.Arrays.fill(c, ci, ci + n, 0f);
      }
      for (int k = 0; k < depth; k++) {
        axpy(a[aOff + i * aRow + k * aCol], b, bOff + k * ldb, c, ci, n);
      }
    }
  }

  @Override
  public void multiplyTransposed(
      float[] a, int aOff, int lda, int rows, float[] b, int bOff, int ldb, int cols, int n,
      float[] c, int cOff, int ldc) {
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        c[cOff + i * ldc + j] += dot(a, aOff + i * lda, b, bOff + j * ldb, n);
      }
    }
  }

  @Override
  public float sum(float[] x, int xo, int n) {
    float sum = 0;
    for (int p = xo; p < xo + n; p++) {
      sum += x[p];
    }
    return sum;
  }

  @Override
  public float dot(float[] x, int xo, float[] y, int yo, int n) {
    float sum = 0;
    for (int p = 0; p < n; p++) {
      sum += x[xo + p] * y[yo + p];
    }
    return sum;
  }

  @Override
  public void axpy(float s, float[] x, int xo, float[] y, int yo, int n) {
    for (int p = 0; p < n; p++) {
      y[yo + p] += s * x[xo + p];
    }
  }
}
