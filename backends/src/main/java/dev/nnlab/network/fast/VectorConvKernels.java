package dev.nnlab.network.fast;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ConvKernels} with the Vector API at the CPU's preferred width (8 floats with AVX2, 16 with
 * AVX-512). The products are register-blocked: four rows of the result per pass, so that each vector
 * of the shared factor is loaded once for four fused multiply-adds. Loaded reflectively by
 * {@link ConvKernelsSelector} so the rest of the fast path runs without the incubator module.
 */
final class VectorConvKernels implements ConvKernels {

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  @Override
  public int lanes() {
    return L;
  }

  @Override
  public void multiply(
      float[] a, int aOff, int aRow, int aCol, int rows, int depth, float[] b, int bOff, int ldb, int n,
      float[] c, int cOff, int ldc, boolean accumulate) {
    int i = 0;
    for (; i + 4 <= rows; i += 4) {
      int a0 = aOff + i * aRow;
      int a1 = a0 + aRow;
      int a2 = a1 + aRow;
      int a3 = a2 + aRow;
      int c0 = cOff + i * ldc;
      for (int p = 0; p < n; p += L) {
        FloatVector s0;
        FloatVector s1;
        FloatVector s2;
        FloatVector s3;
        if (accumulate) {
          s0 = FloatVector.fromArray(S, c, c0 + p);
          s1 = FloatVector.fromArray(S, c, c0 + ldc + p);
          s2 = FloatVector.fromArray(S, c, c0 + 2 * ldc + p);
          s3 = FloatVector.fromArray(S, c, c0 + 3 * ldc + p);
        } else {
          s0 = FloatVector.zero(S);
          s1 = s0;
          s2 = s0;
          s3 = s0;
        }
        for (int k = 0; k < depth; k++) {
          FloatVector bv = FloatVector.fromArray(S, b, bOff + k * ldb + p);
          int ak = k * aCol;
          s0 = bv.fma(FloatVector.broadcast(S, a[a0 + ak]), s0);
          s1 = bv.fma(FloatVector.broadcast(S, a[a1 + ak]), s1);
          s2 = bv.fma(FloatVector.broadcast(S, a[a2 + ak]), s2);
          s3 = bv.fma(FloatVector.broadcast(S, a[a3 + ak]), s3);
        }
        s0.intoArray(c, c0 + p);
        s1.intoArray(c, c0 + ldc + p);
        s2.intoArray(c, c0 + 2 * ldc + p);
        s3.intoArray(c, c0 + 3 * ldc + p);
      }
    }
    for (; i < rows; i++) {
      int ai = aOff + i * aRow;
      int ci = cOff + i * ldc;
      for (int p = 0; p < n; p += L) {
        FloatVector s0 = accumulate ? FloatVector.fromArray(S, c, ci + p) : FloatVector.zero(S);
        for (int k = 0; k < depth; k++) {
          s0 = FloatVector.fromArray(S, b, bOff + k * ldb + p).fma(FloatVector.broadcast(S, a[ai + k * aCol]), s0);
        }
        s0.intoArray(c, ci + p);
      }
    }
  }

  @Override
  public void multiplyTransposed(
      float[] a, int aOff, int lda, int rows, float[] b, int bOff, int ldb, int cols, int n,
      float[] c, int cOff, int ldc) {
    for (int i = 0; i < rows; i++) {
      int ai = aOff + i * lda;
      int ci = cOff + i * ldc;
      int j = 0;
      for (; j + 4 <= cols; j += 4) {
        int b0 = bOff + j * ldb;
        FloatVector s0 = FloatVector.zero(S);
        FloatVector s1 = s0;
        FloatVector s2 = s0;
        FloatVector s3 = s0;
        for (int p = 0; p < n; p += L) {
          FloatVector av = FloatVector.fromArray(S, a, ai + p);
          s0 = av.fma(FloatVector.fromArray(S, b, b0 + p), s0);
          s1 = av.fma(FloatVector.fromArray(S, b, b0 + ldb + p), s1);
          s2 = av.fma(FloatVector.fromArray(S, b, b0 + 2 * ldb + p), s2);
          s3 = av.fma(FloatVector.fromArray(S, b, b0 + 3 * ldb + p), s3);
        }
        c[ci + j] += s0.reduceLanes(VectorOperators.ADD);
        c[ci + j + 1] += s1.reduceLanes(VectorOperators.ADD);
        c[ci + j + 2] += s2.reduceLanes(VectorOperators.ADD);
        c[ci + j + 3] += s3.reduceLanes(VectorOperators.ADD);
      }
      for (; j < cols; j++) {
        c[ci + j] += dot(a, ai, b, bOff + j * ldb, n);
      }
    }
  }

  @Override
  public float dot(float[] x, int xo, float[] y, int yo, int n) {
    FloatVector sum = FloatVector.zero(S);
    int p = 0;
    for (; p + L <= n; p += L) {
      sum = FloatVector.fromArray(S, x, xo + p).fma(FloatVector.fromArray(S, y, yo + p), sum);
    }
    float total = sum.reduceLanes(VectorOperators.ADD);
    for (; p < n; p++) {
      total += x[xo + p] * y[yo + p];
    }
    return total;
  }

  @Override
  public void axpy(float s, float[] x, int xo, float[] y, int yo, int n) {
    int p = 0;
    for (; p + L <= n; p += L) {
      FloatVector.fromArray(S, x, xo + p).fma(FloatVector.broadcast(S, s), FloatVector.fromArray(S, y, yo + p)).intoArray(y, yo + p);
    }
    for (; p < n; p++) {
      y[yo + p] += s * x[xo + p];
    }
  }
}
