package dev.nnlab.network.fast;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ConvKernels} with the Vector API at the CPU's preferred width (8 floats with AVX2, 16 with
 * AVX-512). Both products are register-blocked 4 × 4: {@link #multiply} keeps a block of four rows
 * by four vectors of the result in sixteen registers, so each step loads four vectors of B and four
 * scalars of A for sixteen fused multiply-adds (one vector per row would load five values per four);
 * {@link #multiplyTransposed} keeps sixteen dot-product accumulators and reduces each once. Every
 * method uses one species only: mixing widths in a method makes C2 box the vectors. Loaded
 * reflectively by {@link ConvKernelsSelector} so the rest of the fast path runs without the
 * incubator module.
 */
final class VectorConvKernels implements ConvKernels {

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();
  /** Ints of the same shape as S (the winners of max pooling): same lane count, not a second width. */
  private static final VectorSpecies<Integer> I = S.withLanes(int.class);
  private static final int[] IOTA = java.util.stream.IntStream.range(0, L).toArray();

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
      int p = 0;
      for (; p + 4 * L <= n; p += 4 * L) {
        block4x4(a, aOff + i * aRow, aRow, aCol, depth, b, bOff + p, ldb, c, cOff + i * ldc + p, ldc, accumulate);
      }
      for (; p < n; p += L) {
        block4x1(a, aOff + i * aRow, aRow, aCol, depth, b, bOff + p, ldb, c, cOff + i * ldc + p, ldc, accumulate);
      }
    }
    for (; i < rows; i++) {
      int p = 0;
      for (; p + 4 * L <= n; p += 4 * L) {
        block1x4(a, aOff + i * aRow, aCol, depth, b, bOff + p, ldb, c, cOff + i * ldc + p, accumulate);
      }
      for (; p < n; p += L) {
        block1x1(a, aOff + i * aRow, aCol, depth, b, bOff + p, ldb, c, cOff + i * ldc + p, accumulate);
      }
    }
  }

  /** C[0..4)[0..4L) (+)= A[0..4)[·]·B[·][0..4L). */
  private static void block4x4(float[] a, int a0, int aRow, int aCol, int depth, float[] b, int b0, int ldb,
      float[] c, int c0, int ldc, boolean accumulate) {
    FloatVector s00, s01, s02, s03, s10, s11, s12, s13, s20, s21, s22, s23, s30, s31, s32, s33;
    int c1 = c0 + ldc;
    int c2 = c1 + ldc;
    int c3 = c2 + ldc;
    if (accumulate) {
      s00 = FloatVector.fromArray(S, c, c0);
      s01 = FloatVector.fromArray(S, c, c0 + L);
      s02 = FloatVector.fromArray(S, c, c0 + 2 * L);
      s03 = FloatVector.fromArray(S, c, c0 + 3 * L);
      s10 = FloatVector.fromArray(S, c, c1);
      s11 = FloatVector.fromArray(S, c, c1 + L);
      s12 = FloatVector.fromArray(S, c, c1 + 2 * L);
      s13 = FloatVector.fromArray(S, c, c1 + 3 * L);
      s20 = FloatVector.fromArray(S, c, c2);
      s21 = FloatVector.fromArray(S, c, c2 + L);
      s22 = FloatVector.fromArray(S, c, c2 + 2 * L);
      s23 = FloatVector.fromArray(S, c, c2 + 3 * L);
      s30 = FloatVector.fromArray(S, c, c3);
      s31 = FloatVector.fromArray(S, c, c3 + L);
      s32 = FloatVector.fromArray(S, c, c3 + 2 * L);
      s33 = FloatVector.fromArray(S, c, c3 + 3 * L);
    } else {
      FloatVector zero = FloatVector.zero(S);
      s00 = zero; s01 = zero; s02 = zero; s03 = zero;
      s10 = zero; s11 = zero; s12 = zero; s13 = zero;
      s20 = zero; s21 = zero; s22 = zero; s23 = zero;
      s30 = zero; s31 = zero; s32 = zero; s33 = zero;
    }
    int a1 = a0 + aRow;
    int a2 = a1 + aRow;
    int a3 = a2 + aRow;
    for (int k = 0; k < depth; k++) {
      int bk = b0 + k * ldb;
      FloatVector b0v = FloatVector.fromArray(S, b, bk);
      FloatVector b1v = FloatVector.fromArray(S, b, bk + L);
      FloatVector b2v = FloatVector.fromArray(S, b, bk + 2 * L);
      FloatVector b3v = FloatVector.fromArray(S, b, bk + 3 * L);
      int ak = k * aCol;
      FloatVector x = FloatVector.broadcast(S, a[a0 + ak]);
      s00 = b0v.fma(x, s00);
      s01 = b1v.fma(x, s01);
      s02 = b2v.fma(x, s02);
      s03 = b3v.fma(x, s03);
      x = FloatVector.broadcast(S, a[a1 + ak]);
      s10 = b0v.fma(x, s10);
      s11 = b1v.fma(x, s11);
      s12 = b2v.fma(x, s12);
      s13 = b3v.fma(x, s13);
      x = FloatVector.broadcast(S, a[a2 + ak]);
      s20 = b0v.fma(x, s20);
      s21 = b1v.fma(x, s21);
      s22 = b2v.fma(x, s22);
      s23 = b3v.fma(x, s23);
      x = FloatVector.broadcast(S, a[a3 + ak]);
      s30 = b0v.fma(x, s30);
      s31 = b1v.fma(x, s31);
      s32 = b2v.fma(x, s32);
      s33 = b3v.fma(x, s33);
    }
    s00.intoArray(c, c0);
    s01.intoArray(c, c0 + L);
    s02.intoArray(c, c0 + 2 * L);
    s03.intoArray(c, c0 + 3 * L);
    s10.intoArray(c, c1);
    s11.intoArray(c, c1 + L);
    s12.intoArray(c, c1 + 2 * L);
    s13.intoArray(c, c1 + 3 * L);
    s20.intoArray(c, c2);
    s21.intoArray(c, c2 + L);
    s22.intoArray(c, c2 + 2 * L);
    s23.intoArray(c, c2 + 3 * L);
    s30.intoArray(c, c3);
    s31.intoArray(c, c3 + L);
    s32.intoArray(c, c3 + 2 * L);
    s33.intoArray(c, c3 + 3 * L);
  }

  /** Four rows, one vector: the column tail of a four-row block. */
  private static void block4x1(float[] a, int a0, int aRow, int aCol, int depth, float[] b, int b0, int ldb,
      float[] c, int c0, int ldc, boolean accumulate) {
    int c1 = c0 + ldc;
    int c2 = c1 + ldc;
    int c3 = c2 + ldc;
    FloatVector s0 = accumulate ? FloatVector.fromArray(S, c, c0) : FloatVector.zero(S);
    FloatVector s1 = accumulate ? FloatVector.fromArray(S, c, c1) : FloatVector.zero(S);
    FloatVector s2 = accumulate ? FloatVector.fromArray(S, c, c2) : FloatVector.zero(S);
    FloatVector s3 = accumulate ? FloatVector.fromArray(S, c, c3) : FloatVector.zero(S);
    int a1 = a0 + aRow;
    int a2 = a1 + aRow;
    int a3 = a2 + aRow;
    for (int k = 0; k < depth; k++) {
      FloatVector bv = FloatVector.fromArray(S, b, b0 + k * ldb);
      int ak = k * aCol;
      s0 = bv.fma(FloatVector.broadcast(S, a[a0 + ak]), s0);
      s1 = bv.fma(FloatVector.broadcast(S, a[a1 + ak]), s1);
      s2 = bv.fma(FloatVector.broadcast(S, a[a2 + ak]), s2);
      s3 = bv.fma(FloatVector.broadcast(S, a[a3 + ak]), s3);
    }
    s0.intoArray(c, c0);
    s1.intoArray(c, c1);
    s2.intoArray(c, c2);
    s3.intoArray(c, c3);
  }

  /** One row, four vectors: the row tail. */
  private static void block1x4(float[] a, int a0, int aCol, int depth, float[] b, int b0, int ldb,
      float[] c, int c0, boolean accumulate) {
    FloatVector s0 = accumulate ? FloatVector.fromArray(S, c, c0) : FloatVector.zero(S);
    FloatVector s1 = accumulate ? FloatVector.fromArray(S, c, c0 + L) : FloatVector.zero(S);
    FloatVector s2 = accumulate ? FloatVector.fromArray(S, c, c0 + 2 * L) : FloatVector.zero(S);
    FloatVector s3 = accumulate ? FloatVector.fromArray(S, c, c0 + 3 * L) : FloatVector.zero(S);
    for (int k = 0; k < depth; k++) {
      int bk = b0 + k * ldb;
      FloatVector x = FloatVector.broadcast(S, a[a0 + k * aCol]);
      s0 = FloatVector.fromArray(S, b, bk).fma(x, s0);
      s1 = FloatVector.fromArray(S, b, bk + L).fma(x, s1);
      s2 = FloatVector.fromArray(S, b, bk + 2 * L).fma(x, s2);
      s3 = FloatVector.fromArray(S, b, bk + 3 * L).fma(x, s3);
    }
    s0.intoArray(c, c0);
    s1.intoArray(c, c0 + L);
    s2.intoArray(c, c0 + 2 * L);
    s3.intoArray(c, c0 + 3 * L);
  }

  private static void block1x1(float[] a, int a0, int aCol, int depth, float[] b, int b0, int ldb,
      float[] c, int c0, boolean accumulate) {
    FloatVector s = accumulate ? FloatVector.fromArray(S, c, c0) : FloatVector.zero(S);
    for (int k = 0; k < depth; k++) {
      s = FloatVector.fromArray(S, b, b0 + k * ldb).fma(FloatVector.broadcast(S, a[a0 + k * aCol]), s);
    }
    s.intoArray(c, c0);
  }

  @Override
  public void multiplyTransposed(
      float[] a, int aOff, int lda, int rows, float[] b, int bOff, int ldb, int cols, int n,
      float[] c, int cOff, int ldc) {
    int blocked = rows / 4 * 4;
    int j = 0;
    for (; j + 4 <= cols; j += 4) {
      for (int i = 0; i < blocked; i += 4) {
        dots4x4(a, aOff + i * lda, lda, b, bOff + j * ldb, ldb, n, c, cOff + i * ldc + j, ldc);
      }
    }
    for (; j < cols; j++) {
      for (int i = 0; i < blocked; i += 4) {
        dots4x1(a, aOff + i * lda, lda, b, bOff + j * ldb, n, c, cOff + i * ldc + j, ldc);
      }
    }
    for (int i = blocked; i < rows; i++) {
      for (int jj = 0; jj < cols; jj++) {
        c[cOff + i * ldc + jj] += dot(a, aOff + i * lda, b, bOff + jj * ldb, n);
      }
    }
  }

  /** C[0..4)[0..4) += A[0..4)·B[0..4)ᵀ, rows of length n. */
  private static void dots4x4(float[] a, int a0, int lda, float[] b, int b0, int ldb, int n,
      float[] c, int c0, int ldc) {
    FloatVector zero = FloatVector.zero(S);
    FloatVector s00 = zero, s01 = zero, s02 = zero, s03 = zero;
    FloatVector s10 = zero, s11 = zero, s12 = zero, s13 = zero;
    FloatVector s20 = zero, s21 = zero, s22 = zero, s23 = zero;
    FloatVector s30 = zero, s31 = zero, s32 = zero, s33 = zero;
    int a1 = a0 + lda;
    int a2 = a1 + lda;
    int a3 = a2 + lda;
    int b1 = b0 + ldb;
    int b2 = b1 + ldb;
    int b3 = b2 + ldb;
    for (int p = 0; p < n; p += L) {
      FloatVector y0 = FloatVector.fromArray(S, b, b0 + p);
      FloatVector y1 = FloatVector.fromArray(S, b, b1 + p);
      FloatVector y2 = FloatVector.fromArray(S, b, b2 + p);
      FloatVector y3 = FloatVector.fromArray(S, b, b3 + p);
      FloatVector x = FloatVector.fromArray(S, a, a0 + p);
      s00 = x.fma(y0, s00);
      s01 = x.fma(y1, s01);
      s02 = x.fma(y2, s02);
      s03 = x.fma(y3, s03);
      x = FloatVector.fromArray(S, a, a1 + p);
      s10 = x.fma(y0, s10);
      s11 = x.fma(y1, s11);
      s12 = x.fma(y2, s12);
      s13 = x.fma(y3, s13);
      x = FloatVector.fromArray(S, a, a2 + p);
      s20 = x.fma(y0, s20);
      s21 = x.fma(y1, s21);
      s22 = x.fma(y2, s22);
      s23 = x.fma(y3, s23);
      x = FloatVector.fromArray(S, a, a3 + p);
      s30 = x.fma(y0, s30);
      s31 = x.fma(y1, s31);
      s32 = x.fma(y2, s32);
      s33 = x.fma(y3, s33);
    }
    int c1 = c0 + ldc;
    int c2 = c1 + ldc;
    int c3 = c2 + ldc;
    c[c0] += s00.reduceLanes(VectorOperators.ADD);
    c[c0 + 1] += s01.reduceLanes(VectorOperators.ADD);
    c[c0 + 2] += s02.reduceLanes(VectorOperators.ADD);
    c[c0 + 3] += s03.reduceLanes(VectorOperators.ADD);
    c[c1] += s10.reduceLanes(VectorOperators.ADD);
    c[c1 + 1] += s11.reduceLanes(VectorOperators.ADD);
    c[c1 + 2] += s12.reduceLanes(VectorOperators.ADD);
    c[c1 + 3] += s13.reduceLanes(VectorOperators.ADD);
    c[c2] += s20.reduceLanes(VectorOperators.ADD);
    c[c2 + 1] += s21.reduceLanes(VectorOperators.ADD);
    c[c2 + 2] += s22.reduceLanes(VectorOperators.ADD);
    c[c2 + 3] += s23.reduceLanes(VectorOperators.ADD);
    c[c3] += s30.reduceLanes(VectorOperators.ADD);
    c[c3 + 1] += s31.reduceLanes(VectorOperators.ADD);
    c[c3 + 2] += s32.reduceLanes(VectorOperators.ADD);
    c[c3 + 3] += s33.reduceLanes(VectorOperators.ADD);
  }

  /** Four rows of A against one row of B: the column tail. */
  private static void dots4x1(float[] a, int a0, int lda, float[] b, int b0, int n, float[] c, int c0, int ldc) {
    FloatVector s0 = FloatVector.zero(S);
    FloatVector s1 = s0;
    FloatVector s2 = s0;
    FloatVector s3 = s0;
    for (int p = 0; p < n; p += L) {
      FloatVector y = FloatVector.fromArray(S, b, b0 + p);
      s0 = FloatVector.fromArray(S, a, a0 + p).fma(y, s0);
      s1 = FloatVector.fromArray(S, a, a0 + lda + p).fma(y, s1);
      s2 = FloatVector.fromArray(S, a, a0 + 2 * lda + p).fma(y, s2);
      s3 = FloatVector.fromArray(S, a, a0 + 3 * lda + p).fma(y, s3);
    }
    c[c0] += s0.reduceLanes(VectorOperators.ADD);
    c[c0 + ldc] += s1.reduceLanes(VectorOperators.ADD);
    c[c0 + 2 * ldc] += s2.reduceLanes(VectorOperators.ADD);
    c[c0 + 3 * ldc] += s3.reduceLanes(VectorOperators.ADD);
  }

  @Override
  public float sum(float[] x, int xo, int n) {
    FloatVector sum = FloatVector.zero(S);
    for (int p = 0; p < n; p += L) {
      sum = sum.add(FloatVector.fromArray(S, x, xo + p));
    }
    return sum.reduceLanes(VectorOperators.ADD);
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

  /**
   * Vector by vector: lane q of the vector at p belongs to run (p + q) / run, whose values sit
   * (p + q) + run·skip into x, so each run the vector touches is one load at p + run·skip and the
   * vector is their blend, chosen by lane. Network3's second layer has runs of 8: a copy per run
   * cost more than its product. Every load stays between the first and last lane's source. The
   * runs are counted, not divided out: two divisions per vector cost more than the copy.
   */
  @Override
  public void copyRuns(float[] x, int xo, int run, int skip, int n, float[] y, int yo) {
    IntVector lane = IntVector.fromArray(I, IOTA, 0);
    int r = 0;
    int start = 0;
    int p = 0;
    for (; p + L <= n; p += L) {
      while (start + run <= p) {
        start += run;
        r++;
      }
      FloatVector v = FloatVector.fromArray(S, x, xo + p + r * skip);
      int next = r + 1;
      for (int from = start + run; from < p + L; from += run, next++) {
        VectorMask<Float> inRun = lane.compare(VectorOperators.GE, from - p).cast(S);
        v = v.blend(FloatVector.fromArray(S, x, xo + p + next * skip), inRun);
      }
      v.intoArray(y, yo + p);
    }
    ScalarConvKernels.copyRunsTail(x, xo, run, skip, p, n, y, yo);
  }

  /**
   * {@link #copyRuns} backwards: per run a vector touches, y there plus the lanes of that run (the
   * others add zero), so every y gets the same sums in the same order as with scalars.
   */
  @Override
  public void addRuns(float[] x, int xo, int run, int skip, int n, float[] y, int yo) {
    IntVector lane = IntVector.fromArray(I, IOTA, 0);
    FloatVector zero = FloatVector.zero(S);
    int r = 0;
    int start = 0;
    int p = 0;
    for (; p + L <= n; p += L) {
      while (start + run <= p) {
        start += run;
        r++;
      }
      FloatVector v = FloatVector.fromArray(S, x, xo + p);
      int current = r;
      for (int from = start; from < p + L; from += run, current++) {
        VectorMask<Float> inRun = lane.compare(VectorOperators.GE, from - p)
            .and(lane.compare(VectorOperators.LT, from + run - p)).cast(S);
        int at = yo + p + current * skip;
        FloatVector.fromArray(S, y, at).add(zero.blend(v, inRun)).intoArray(y, at);
      }
    }
    ScalarConvKernels.addRunsTail(x, xo, run, skip, p, n, y, yo);
  }

  /** L windows at a time: one gather per candidate, a strict comparison and blends keep the first maximum. */
  @Override
  public void maxPool(float[] x, int xo, int[] corner, int[] offset, int n, float[] m, int mo, int[] winner) {
    int k = 0;
    for (; k + L <= n; k += L) {
      IntVector corners = IntVector.fromArray(I, corner, k).add(xo);
      IntVector best = corners.add(offset[0]);
      FloatVector max = FloatVector.fromArray(S, x, xo + offset[0], corner, k);
      for (int t = 1; t < offset.length; t++) {
        FloatVector value = FloatVector.fromArray(S, x, xo + offset[t], corner, k);
        VectorMask<Float> wins = value.compare(VectorOperators.GT, max);
        max = max.blend(value, wins);
        best = best.blend(corners.add(offset[t]), wins.cast(I));
      }
      max.intoArray(m, mo + k);
      best.intoArray(winner, mo + k);
    }
    ScalarConvKernels.maxPoolTail(x, xo, corner, offset, k, n, m, mo, winner);
  }
}
