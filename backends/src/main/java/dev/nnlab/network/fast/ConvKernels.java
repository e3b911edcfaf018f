package dev.nnlab.network.fast;

/**
 * The matrix kernels of the convolutional fast path ({@link ConvEngine}), in float. Matrices are
 * row-major in flat arrays at an offset with a row stride. Where a length is documented as a
 * multiple of {@link #lanes()} the rows are padded so that vector implementations need no tail.
 */
interface ConvKernels {

  /** The padding unit of the padded lengths. */
  int lanes();

  /**
   * C[i][p] = Σ_{k<depth} A(i, k)·B[k][p] (added to C when {@code accumulate}), for i &lt; rows and
   * p &lt; n, n a multiple of lanes; A(i, k) = a[aOff + i·aRow + k·aCol], so A may be read transposed.
   */
  void multiply(
      float[] a, int aOff, int aRow, int aCol, int rows, int depth, float[] b, int bOff, int ldb, int n,
      float[] c, int cOff, int ldc, boolean accumulate);

  /**
   * C[i][j] += Σ_{p<n} A[i][p]·B[j][p] for i &lt; rows, j &lt; cols, n a multiple of lanes: a
   * product with the second factor transposed, as gradients of weights are.
   */
  void multiplyTransposed(
      float[] a, int aOff, int lda, int rows, float[] b, int bOff, int ldb, int cols, int n,
      float[] c, int cOff, int ldc);

  /** Σ_{p<n} x[xo + p], n a multiple of lanes. */
  float sum(float[] x, int xo, int n);

  /** Σ_{p<n} x[xo + p]·y[yo + p], any n. */
  float dot(float[] x, int xo, float[] y, int yo, int n);

  /** y[yo + p] += s·x[xo + p] for p &lt; n, any n. */
  void axpy(float s, float[] x, int xo, float[] y, int yo, int n);

  /**
   * y[yo + p] = x[xo + p + (p / run)·skip] for p &lt; n, any n: runs of {@code run} values, {@code run
   * + skip} apart in x, side by side in y — one row of a stride-1 unfold (im2col).
   */
  void copyRuns(float[] x, int xo, int run, int skip, int n, float[] y, int yo);

  /** y[yo + p + (p / run)·skip] += x[xo + p] for p &lt; n, any n: {@link #copyRuns} backwards, adding (col2im). */
  void addRuns(float[] x, int xo, int run, int skip, int n, float[] y, int yo);

  /**
   * Max pooling of n windows: for window k &lt; n (any n), the candidates x[xo + corner[k] +
   * offset[t]] for t in order; m[mo + k] is their maximum and winner[mo + k] the index into x of
   * the first candidate that holds it (the first t whose value is greater than all before it).
   */
  void maxPool(float[] x, int xo, int[] corner, int[] offset, int n, float[] m, int mo, int[] winner);
}
