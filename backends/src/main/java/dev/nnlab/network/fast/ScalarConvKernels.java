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

  @Override
  public void copyRuns(float[] x, int xo, int run, int skip, int n, float[] y, int yo) {
    copyRunsTail(x, xo, run, skip, 0, n, y, yo);
  }

  static void copyRunsTail(float[] x, int xo, int run, int skip, int from, int to, float[] y, int yo) {
    for (int p = from, shift = xo + from / run * skip, end = (from / run + 1) * run; p < to; p++) {
      if (p == end) {
        shift += skip;
        end += run;
      }
      y[yo + p] = x[shift + p];
    }
  }

  @Override
  public void addRuns(float[] x, int xo, int run, int skip, int n, float[] y, int yo) {
    addRunsTail(x, xo, run, skip, 0, n, y, yo);
  }

  static void addRunsTail(float[] x, int xo, int run, int skip, int from, int to, float[] y, int yo) {
    for (int p = from, shift = yo + from / run * skip, end = (from / run + 1) * run; p < to; p++) {
      if (p == end) {
        shift += skip;
        end += run;
      }
      y[shift + p] += x[xo + p];
    }
  }

  @Override
  public void maxPool(float[] x, int xo, int[] corner, int[] offset, int n, float[] m, int mo, int[] winner) {
    maxPoolTail(x, xo, corner, offset, 0, n, m, mo, winner);
  }

  /**
   * {@link #maxPool} of windows from ≤ k &lt; to, without a branch on the data (ternaries that C2
   * compiles to conditional moves where it can): which input wins is unpredictable.
   */
  static void maxPoolTail(float[] x, int xo, int[] corner, int[] offset, int from, int to, float[] m, int mo,
      int[] winner) {
    for (int k = from; k < to; k++) {
      int base = xo + corner[k];
      int best = base + offset[0];
      float max = x[best];
      for (int t = 1; t < offset.length; t++) {
        int v = base + offset[t];
        float value = x[v];
        boolean wins = value > max;
        best = wins ? v : best;
        max = wins ? value : max;
      }
      m[mo + k] = max;
      winner[mo + k] = best;
    }
  }
}
