package dev.nnlab.network.fast;

/**
 * The float arithmetic of the fast path, on rows padded to a multiple of {@link #lanes()} so that
 * vector implementations need no tail loops. A weight matrix is stored input-major (transposed):
 * row i, at {@code w[i·stride …]}, holds the weights from input i to every unit, so that one input
 * contributes a contiguous axpy. Padding columns hold zeros and stay zero as long as the padding of
 * every δ is zero.
 *
 * <p>Sparse inputs are given as parallel arrays of indices and values, entries {@code from … to−1}.
 * Every operation adds its terms in ascending input order with one fused multiply-add (or one
 * multiply and one add, the same for all operations of an implementation), so a zero input
 * contributes exactly nothing and the sparse operations give bit-identical results to the dense ones.
 */
interface FloatOps {

  /** The padding unit: strides are multiples of this. */
  int lanes();

  /** What this implementation uses, for logs and reports. */
  String description();

  /** z[zo + j] = b[j] + Σ_k val[k]·w[idx[k]·stride + j], for j in [0, stride). */
  void sparseForward(
      float[] w, int stride, char[] idx, float[] val, int from, int to, float[] b, float[] z, int zo);

  /** z[zo + j] = b[j] + Σ_{i<in} x[xo + i]·w[i·stride + j], for j in [0, stride). */
  void denseForward(float[] w, int stride, float[] x, int xo, int in, float[] b, float[] z, int zo);

  /**
   * {@link #denseForward} for samples s in [from, to), x_s at {@code s·xStride} and z_s at
   * {@code s·zStride}: bit-identical to calling it sample by sample, which this default does. A
   * vector implementation lets several samples share every weight load, their sums running as
   * independent chains (one sample's sum is a chain of {@code in} dependent multiply-adds).
   */
  default void denseForwardBatch(
      float[] w, int stride, float[] x, int xStride, int in, float[] b, float[] z, int zStride, int from, int to) {
    for (int s = from; s < to; s++) {
      denseForward(w, stride, x, s * xStride, in, b, z, s * zStride);
    }
  }

  /** w[idx[k]·stride + j] += (scale·val[k])·d[do + j], for j in [jFrom, jTo), k in [from, to). */
  void sparseUpdate(
      float[] w, int stride, char[] idx, float[] val, int from, int to, float scale, float[] d, int dOff,
      int jFrom, int jTo);

  /** w[i·stride + j] += (scale·x[xo + i])·d[dOff + j], for i &lt; in, j in [jFrom, jTo). */
  void denseUpdate(
      float[] w, int stride, float[] x, int xo, int in, float scale, float[] d, int dOff, int jFrom, int jTo);

  /**
   * {@link #denseUpdate} for samples s = 0 … count − 1 in that order, x_s at {@code s·xStride} and
   * δ_s at {@code s·dStride}: w[i·stride + j] += (scale·x_s[i])·δ_s[j]. Bit-identical to calling
   * denseUpdate sample by sample, but each weight row is loaded and stored once per batch.
   */
  void denseBatchUpdate(
      float[] w, int stride, float[] x, int xStride, int in, int count, float scale, float[] d, int dStride,
      int jFrom, int jTo);

  /**
   * g[go + i] = Σ_{j<out} d[dOff + j]·v[j·inStride + i], for i &lt; inStride, with v the weights
   * output-major ({@code out × inStride}); zero padding columns of v give zero padding in g.
   */
  void backpropagate(float[] v, int inStride, int out, float[] d, int dOff, float[] g, int go);

  /**
   * {@link #backpropagate} for samples s in [from, to), δ_s at {@code s·dStride} and g_s at
   * {@code s·gStride}: bit-identical to calling it sample by sample, which this default does.
   */
  default void backpropagateBatch(
      float[] v, int inStride, int out, float[] d, int dStride, float[] g, int gStride, int from, int to) {
    for (int s = from; s < to; s++) {
      backpropagate(v, inStride, out, d, s * dStride, g, s * gStride);
    }
  }

  /**
   * v[j·inStride + i] += (scale·x_s[i])·δ_s[j], for samples s = 0 … count − 1 in that order (x_s at
   * {@code s·xStride}, δ_s at {@code s·dStride}), j in [jFrom, jTo), i &lt; inStride: the update of
   * the output-major copy, rounding exactly as {@link #denseBatchUpdate} does on the input-major
   * one, so both stay equal.
   */
  void denseBatchUpdateRows(
      float[] v, int inStride, float[] x, int xStride, int count, float scale, float[] d, int dStride, int jFrom,
      int jTo);

  /** a[o + j] = 1/(1 + e^−z[o + j]), for j &lt; n (n a multiple of lanes). */
  void sigmoid(float[] z, float[] a, int o, int n);

  /** d[o + j] = g[o + j]·a[o + j]·(1 − a[o + j]): the sigmoid's backward pass, for j &lt; n. */
  void sigmoidBackward(float[] g, float[] a, float[] d, int o, int n);

  /**
   * x[o + j] = 0 where |x[o + j]| &lt; {@link Float#MIN_NORMAL}, for j &lt; n (n a multiple of lanes).
   * Intel cores take a microcode assist of a hundred cycles or more for every vector instruction
   * with a subnormal operand; one subnormal δ made the first layer's update of its sample some
   * 150 times slower (docs/performance.md). A δ below 2⁻¹²⁶ changes no weight: its term
   * (η/m)·x·δ is far below half an ulp of any weight above about 2⁻¹⁰⁰·(η/m)·|x|.
   */
  void flushSubnormals(float[] x, int o, int n);

  /** y[j] += scale·x[xo + j], for j in [jFrom, jTo). */
  void axpy(float scale, float[] x, int xo, float[] y, int jFrom, int jTo);

  /** w[i·stride + j] *= factor, for i &lt; rows, j in [jFrom, jTo). */
  void scaleColumns(float[] w, int stride, int rows, float factor, int jFrom, int jTo);
}
