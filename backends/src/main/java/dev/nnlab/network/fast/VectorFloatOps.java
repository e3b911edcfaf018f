package dev.nnlab.network.fast;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API implementation ({@code jdk.incubator.vector}), with the platform's preferred float
 * species (8 lanes with AVX2, 16 with AVX-512). Loaded only through {@link FloatOpsSelector}, which
 * checks first that the module is in the JVM; referencing this class without it fails.
 *
 * <p>The forward passes keep up to four column blocks in registers across the inputs, so the inner
 * loop is four independent fused multiply-add chains instead of a load and store of z per input —
 * the JIT does not vectorise a 30-wide loop by itself.
 *
 * <p>Results must not depend on when the JIT compiles what: the Vector API's Java fallback (used
 * before C2 compiles a method) and its intrinsics agree bit for bit on lane-wise +, ×, ÷ and fused
 * multiply-add, but not on {@code EXP} (a vector math library against {@code Math.exp}) nor,
 * formally, on the order of {@code reduceLanes}. So the exponential is computed here from those
 * exact operations, and nothing sums across lanes (the backward pass reads an output-major copy of
 * the weights instead).
 */
final class VectorFloatOps implements FloatOps {

  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();
  private static final float LOG2_E = 1.44269504088896341f;
  // ln 2 split in a part exact in float times any n up to 2^9, and the rest
  private static final float LN2_HI = 0.693145751953125f;
  private static final float LN2_LO = 1.42860682030941723212e-6f;
  // adding 1.5·2^23 rounds a float of magnitude below 2^22 to an integer, held in the low mantissa bits
  private static final float ROUNDER = 12582912f;
  private static final int ROUNDER_BITS = Float.floatToRawIntBits(ROUNDER);
  // e^x over- or underflows float beyond these; −z is clamped to them
  private static final float EXP_MAX = 88f;
  private static final float EXP_MIN = -87f;
  /** Samples whose sums the batch kernels run side by side. */
  private static final int GROUP = 4;

  /**
   * e^x for x clamped to [−87, 88]: x = n·ln 2 + r with |r| ≤ ln 2 / 2, e^r by its Taylor series to
   * r⁷ (relative error below 10⁻⁸, under float's 6·10⁻⁸), times 2^n built in the exponent bits.
   */
  private static FloatVector exp(FloatVector x) {
    x = x.min(EXP_MAX).max(EXP_MIN);
    FloatVector t = x.fma(LOG2_E, ROUNDER);
    FloatVector n = t.sub(ROUNDER);
    FloatVector r = n.fma(FloatVector.broadcast(S, -LN2_HI), x);
    r = n.fma(FloatVector.broadcast(S, -LN2_LO), r);
    FloatVector p = r.fma(1f / 5040, 1f / 720);
    p = p.fma(r, FloatVector.broadcast(S, 1f / 120));
    p = p.fma(r, FloatVector.broadcast(S, 1f / 24));
    p = p.fma(r, FloatVector.broadcast(S, 1f / 6));
    p = p.fma(r, FloatVector.broadcast(S, 0.5f));
    p = p.fma(r, FloatVector.broadcast(S, 1f));
    p = p.fma(r, FloatVector.broadcast(S, 1f));
    IntVector bits = t.reinterpretAsInts();
    FloatVector twoToN =
        bits.sub(ROUNDER_BITS).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
    return p.mul(twoToN);
  }

  @Override
  public int lanes() {
    return L;
  }

  @Override
  public String description() {
    return "vector " + S.vectorBitSize() + "-bit";
  }

  @Override
  public void sparseForward(
      float[] w, int stride, char[] idx, float[] val, int from, int to, float[] b, float[] z, int zo) {
    int j = 0;
    for (; j + 4 * L <= stride; j += 4 * L) {
      FloatVector z0 = FloatVector.fromArray(S, b, j);
      FloatVector z1 = FloatVector.fromArray(S, b, j + L);
      FloatVector z2 = FloatVector.fromArray(S, b, j + 2 * L);
      FloatVector z3 = FloatVector.fromArray(S, b, j + 3 * L);
      for (int k = from; k < to; k++) {
        FloatVector v = FloatVector.broadcast(S, val[k]);
        int row = idx[k] * stride + j;
        z0 = v.fma(FloatVector.fromArray(S, w, row), z0);
        z1 = v.fma(FloatVector.fromArray(S, w, row + L), z1);
        z2 = v.fma(FloatVector.fromArray(S, w, row + 2 * L), z2);
        z3 = v.fma(FloatVector.fromArray(S, w, row + 3 * L), z3);
      }
      z0.intoArray(z, zo + j);
      z1.intoArray(z, zo + j + L);
      z2.intoArray(z, zo + j + 2 * L);
      z3.intoArray(z, zo + j + 3 * L);
    }
    for (; j + 2 * L <= stride; j += 2 * L) {
      FloatVector z0 = FloatVector.fromArray(S, b, j);
      FloatVector z1 = FloatVector.fromArray(S, b, j + L);
      for (int k = from; k < to; k++) {
        FloatVector v = FloatVector.broadcast(S, val[k]);
        int row = idx[k] * stride + j;
        z0 = v.fma(FloatVector.fromArray(S, w, row), z0);
        z1 = v.fma(FloatVector.fromArray(S, w, row + L), z1);
      }
      z0.intoArray(z, zo + j);
      z1.intoArray(z, zo + j + L);
    }
    for (; j < stride; j += L) {
      FloatVector z0 = FloatVector.fromArray(S, b, j);
      for (int k = from; k < to; k++) {
        z0 = FloatVector.broadcast(S, val[k]).fma(FloatVector.fromArray(S, w, idx[k] * stride + j), z0);
      }
      z0.intoArray(z, zo + j);
    }
  }

  @Override
  public void denseForward(
      float[] w, int stride, float[] x, int xo, int in, float[] b, float[] z, int zo) {
    int j = 0;
    for (; j + 4 * L <= stride; j += 4 * L) {
      FloatVector z0 = FloatVector.fromArray(S, b, j);
      FloatVector z1 = FloatVector.fromArray(S, b, j + L);
      FloatVector z2 = FloatVector.fromArray(S, b, j + 2 * L);
      FloatVector z3 = FloatVector.fromArray(S, b, j + 3 * L);
      for (int i = 0; i < in; i++) {
        FloatVector v = FloatVector.broadcast(S, x[xo + i]);
        int row = i * stride + j;
        z0 = v.fma(FloatVector.fromArray(S, w, row), z0);
        z1 = v.fma(FloatVector.fromArray(S, w, row + L), z1);
        z2 = v.fma(FloatVector.fromArray(S, w, row + 2 * L), z2);
        z3 = v.fma(FloatVector.fromArray(S, w, row + 3 * L), z3);
      }
      z0.intoArray(z, zo + j);
      z1.intoArray(z, zo + j + L);
      z2.intoArray(z, zo + j + 2 * L);
      z3.intoArray(z, zo + j + 3 * L);
    }
    for (; j + 2 * L <= stride; j += 2 * L) {
      FloatVector z0 = FloatVector.fromArray(S, b, j);
      FloatVector z1 = FloatVector.fromArray(S, b, j + L);
      for (int i = 0; i < in; i++) {
        FloatVector v = FloatVector.broadcast(S, x[xo + i]);
        int row = i * stride + j;
        z0 = v.fma(FloatVector.fromArray(S, w, row), z0);
        z1 = v.fma(FloatVector.fromArray(S, w, row + L), z1);
      }
      z0.intoArray(z, zo + j);
      z1.intoArray(z, zo + j + L);
    }
    for (; j < stride; j += L) {
      FloatVector z0 = FloatVector.fromArray(S, b, j);
      for (int i = 0; i < in; i++) {
        z0 = FloatVector.broadcast(S, x[xo + i]).fma(FloatVector.fromArray(S, w, i * stride + j), z0);
      }
      z0.intoArray(z, zo + j);
    }
  }

  /**
   * Four samples at a time, one column block each: every weight vector loaded feeds four
   * independent chains. A last group that would run past {@code to} starts at {@code to − 4}
   * instead, recomputing a sample or two of the group before it: z is only written, so the
   * values are the same, and no sample is left to a chain of its own.
   */
  @Override
  public void denseForwardBatch(
      float[] w, int stride, float[] x, int xStride, int in, float[] b, float[] z, int zStride, int from, int to) {
    if (to - from < GROUP) {
      FloatOps.super.denseForwardBatch(w, stride, x, xStride, in, b, z, zStride, from, to);
      return;
    }
    for (int s = from; s < to; s += GROUP) {
      int x0 = Math.min(s, to - GROUP) * xStride;
      int x1 = x0 + xStride;
      int x2 = x1 + xStride;
      int x3 = x2 + xStride;
      int z0At = Math.min(s, to - GROUP) * zStride;
      for (int j = 0; j < stride; j += L) {
        FloatVector z0 = FloatVector.fromArray(S, b, j);
        FloatVector z1 = z0;
        FloatVector z2 = z0;
        FloatVector z3 = z0;
        for (int i = 0; i < in; i++) {
          FloatVector wi = FloatVector.fromArray(S, w, i * stride + j);
          z0 = FloatVector.broadcast(S, x[x0 + i]).fma(wi, z0);
          z1 = FloatVector.broadcast(S, x[x1 + i]).fma(wi, z1);
          z2 = FloatVector.broadcast(S, x[x2 + i]).fma(wi, z2);
          z3 = FloatVector.broadcast(S, x[x3 + i]).fma(wi, z3);
        }
        z0.intoArray(z, z0At + j);
        z1.intoArray(z, z0At + zStride + j);
        z2.intoArray(z, z0At + 2 * zStride + j);
        z3.intoArray(z, z0At + 3 * zStride + j);
      }
    }
  }

  @Override
  public void sparseUpdate(
      float[] w, int stride, char[] idx, float[] val, int from, int to, float scale, float[] d, int dOff,
      int jFrom, int jTo) {
    int j = jFrom;
    // δ's blocks stay in registers while the rows of the non-zero inputs stream past
    for (; j + 4 * L <= jTo; j += 4 * L) {
      FloatVector d0 = FloatVector.fromArray(S, d, dOff + j);
      FloatVector d1 = FloatVector.fromArray(S, d, dOff + j + L);
      FloatVector d2 = FloatVector.fromArray(S, d, dOff + j + 2 * L);
      FloatVector d3 = FloatVector.fromArray(S, d, dOff + j + 3 * L);
      for (int k = from; k < to; k++) {
        FloatVector s = FloatVector.broadcast(S, scale * val[k]);
        int row = idx[k] * stride + j;
        s.fma(d0, FloatVector.fromArray(S, w, row)).intoArray(w, row);
        s.fma(d1, FloatVector.fromArray(S, w, row + L)).intoArray(w, row + L);
        s.fma(d2, FloatVector.fromArray(S, w, row + 2 * L)).intoArray(w, row + 2 * L);
        s.fma(d3, FloatVector.fromArray(S, w, row + 3 * L)).intoArray(w, row + 3 * L);
      }
    }
    for (; j + 2 * L <= jTo; j += 2 * L) {
      FloatVector d0 = FloatVector.fromArray(S, d, dOff + j);
      FloatVector d1 = FloatVector.fromArray(S, d, dOff + j + L);
      for (int k = from; k < to; k++) {
        FloatVector s = FloatVector.broadcast(S, scale * val[k]);
        int row = idx[k] * stride + j;
        s.fma(d0, FloatVector.fromArray(S, w, row)).intoArray(w, row);
        s.fma(d1, FloatVector.fromArray(S, w, row + L)).intoArray(w, row + L);
      }
    }
    for (; j < jTo; j += L) {
      FloatVector d0 = FloatVector.fromArray(S, d, dOff + j);
      for (int k = from; k < to; k++) {
        int row = idx[k] * stride + j;
        FloatVector.broadcast(S, scale * val[k]).fma(d0, FloatVector.fromArray(S, w, row)).intoArray(w, row);
      }
    }
  }

  @Override
  public void denseUpdate(
      float[] w, int stride, float[] x, int xo, int in, float scale, float[] d, int dOff, int jFrom, int jTo) {
    int j = jFrom;
    for (; j + 2 * L <= jTo; j += 2 * L) {
      FloatVector d0 = FloatVector.fromArray(S, d, dOff + j);
      FloatVector d1 = FloatVector.fromArray(S, d, dOff + j + L);
      for (int i = 0; i < in; i++) {
        FloatVector s = FloatVector.broadcast(S, scale * x[xo + i]);
        int row = i * stride + j;
        s.fma(d0, FloatVector.fromArray(S, w, row)).intoArray(w, row);
        s.fma(d1, FloatVector.fromArray(S, w, row + L)).intoArray(w, row + L);
      }
    }
    for (; j < jTo; j += L) {
      FloatVector d0 = FloatVector.fromArray(S, d, dOff + j);
      for (int i = 0; i < in; i++) {
        int row = i * stride + j;
        FloatVector.broadcast(S, scale * x[xo + i]).fma(d0, FloatVector.fromArray(S, w, row)).intoArray(w, row);
      }
    }
  }

  @Override
  public void backpropagate(float[] v, int inStride, int out, float[] d, int dOff, float[] g, int go) {
    for (int i = 0; i < inStride; i += L) {
      FloatVector sum = FloatVector.fromArray(S, v, i).mul(d[dOff]);
      for (int j = 1; j < out; j++) {
        sum = FloatVector.fromArray(S, v, j * inStride + i).fma(FloatVector.broadcast(S, d[dOff + j]), sum);
      }
      sum.intoArray(g, go + i);
    }
  }

  /** Four samples at a time, as {@link #denseForwardBatch}: g is only written. */
  @Override
  public void backpropagateBatch(
      float[] v, int inStride, int out, float[] d, int dStride, float[] g, int gStride, int from, int to) {
    if (to - from < GROUP) {
      FloatOps.super.backpropagateBatch(v, inStride, out, d, dStride, g, gStride, from, to);
      return;
    }
    for (int s = from; s < to; s += GROUP) {
      int d0 = Math.min(s, to - GROUP) * dStride;
      int d1 = d0 + dStride;
      int d2 = d1 + dStride;
      int d3 = d2 + dStride;
      int g0At = Math.min(s, to - GROUP) * gStride;
      for (int i = 0; i < inStride; i += L) {
        FloatVector v0 = FloatVector.fromArray(S, v, i);
        FloatVector g0 = v0.mul(d[d0]);
        FloatVector g1 = v0.mul(d[d1]);
        FloatVector g2 = v0.mul(d[d2]);
        FloatVector g3 = v0.mul(d[d3]);
        for (int j = 1; j < out; j++) {
          FloatVector vj = FloatVector.fromArray(S, v, j * inStride + i);
          g0 = vj.fma(FloatVector.broadcast(S, d[d0 + j]), g0);
          g1 = vj.fma(FloatVector.broadcast(S, d[d1 + j]), g1);
          g2 = vj.fma(FloatVector.broadcast(S, d[d2 + j]), g2);
          g3 = vj.fma(FloatVector.broadcast(S, d[d3 + j]), g3);
        }
        g0.intoArray(g, g0At + i);
        g1.intoArray(g, g0At + gStride + i);
        g2.intoArray(g, g0At + 2 * gStride + i);
        g3.intoArray(g, g0At + 3 * gStride + i);
      }
    }
  }

  @Override
  public void denseBatchUpdate(
      float[] w, int stride, float[] x, int xStride, int in, int count, float scale, float[] d, int dStride,
      int jFrom, int jTo) {
    // a weight row stays in registers while the batch's samples are added to it, in sample order
    int j = jFrom;
    for (; j + 2 * L <= jTo; j += 2 * L) {
      for (int i = 0; i < in; i++) {
        int row = i * stride + j;
        FloatVector w0 = FloatVector.fromArray(S, w, row);
        FloatVector w1 = FloatVector.fromArray(S, w, row + L);
        for (int s = 0; s < count; s++) {
          FloatVector xs = FloatVector.broadcast(S, scale * x[s * xStride + i]);
          int at = s * dStride + j;
          w0 = xs.fma(FloatVector.fromArray(S, d, at), w0);
          w1 = xs.fma(FloatVector.fromArray(S, d, at + L), w1);
        }
        w0.intoArray(w, row);
        w1.intoArray(w, row + L);
      }
    }
    for (; j < jTo; j += L) {
      int i = 0;
      // four rows at a time: four independent chains, each δ vector loaded once for the four
      for (; i + GROUP <= in; i += GROUP) {
        int row = i * stride + j;
        FloatVector w0 = FloatVector.fromArray(S, w, row);
        FloatVector w1 = FloatVector.fromArray(S, w, row + stride);
        FloatVector w2 = FloatVector.fromArray(S, w, row + 2 * stride);
        FloatVector w3 = FloatVector.fromArray(S, w, row + 3 * stride);
        for (int s = 0; s < count; s++) {
          FloatVector ds = FloatVector.fromArray(S, d, s * dStride + j);
          int xs = s * xStride + i;
          w0 = FloatVector.broadcast(S, scale * x[xs]).fma(ds, w0);
          w1 = FloatVector.broadcast(S, scale * x[xs + 1]).fma(ds, w1);
          w2 = FloatVector.broadcast(S, scale * x[xs + 2]).fma(ds, w2);
          w3 = FloatVector.broadcast(S, scale * x[xs + 3]).fma(ds, w3);
        }
        w0.intoArray(w, row);
        w1.intoArray(w, row + stride);
        w2.intoArray(w, row + 2 * stride);
        w3.intoArray(w, row + 3 * stride);
      }
      for (; i < in; i++) {
        int row = i * stride + j;
        FloatVector w0 = FloatVector.fromArray(S, w, row);
        for (int s = 0; s < count; s++) {
          w0 = FloatVector.broadcast(S, scale * x[s * xStride + i]).fma(FloatVector.fromArray(S, d, s * dStride + j), w0);
        }
        w0.intoArray(w, row);
      }
    }
  }

  @Override
  public void denseBatchUpdateRows(
      float[] v, int inStride, float[] x, int xStride, int count, float scale, float[] d, int dStride, int jFrom,
      int jTo) {
    int j = jFrom;
    // four rows at a time, as denseBatchUpdate: each scaled x vector computed once for the four
    for (; j + GROUP <= jTo; j += GROUP) {
      for (int i = 0; i < inStride; i += L) {
        int at = j * inStride + i;
        FloatVector v0 = FloatVector.fromArray(S, v, at);
        FloatVector v1 = FloatVector.fromArray(S, v, at + inStride);
        FloatVector v2 = FloatVector.fromArray(S, v, at + 2 * inStride);
        FloatVector v3 = FloatVector.fromArray(S, v, at + 3 * inStride);
        for (int s = 0; s < count; s++) {
          FloatVector xs = FloatVector.fromArray(S, x, s * xStride + i).mul(scale);
          int ds = s * dStride + j;
          v0 = xs.fma(FloatVector.broadcast(S, d[ds]), v0);
          v1 = xs.fma(FloatVector.broadcast(S, d[ds + 1]), v1);
          v2 = xs.fma(FloatVector.broadcast(S, d[ds + 2]), v2);
          v3 = xs.fma(FloatVector.broadcast(S, d[ds + 3]), v3);
        }
        v0.intoArray(v, at);
        v1.intoArray(v, at + inStride);
        v2.intoArray(v, at + 2 * inStride);
        v3.intoArray(v, at + 3 * inStride);
      }
    }
    for (; j < jTo; j++) {
      for (int i = 0; i < inStride; i += L) {
        int at = j * inStride + i;
        FloatVector vj = FloatVector.fromArray(S, v, at);
        for (int s = 0; s < count; s++) {
          FloatVector xs = FloatVector.fromArray(S, x, s * xStride + i).mul(scale);
          vj = xs.fma(FloatVector.broadcast(S, d[s * dStride + j]), vj);
        }
        vj.intoArray(v, at);
      }
    }
  }

  @Override
  public void sigmoid(float[] z, float[] a, int o, int n) {
    for (int j = o; j < o + n; j += L) {
      FloatVector e = exp(FloatVector.fromArray(S, z, j).neg());
      FloatVector.broadcast(S, 1f).div(e.add(1f)).intoArray(a, j);
    }
  }

  @Override
  public void sigmoidBackward(float[] g, float[] a, float[] d, int o, int n) {
    for (int j = o; j < o + n; j += L) {
      FloatVector av = FloatVector.fromArray(S, a, j);
      FloatVector.fromArray(S, g, j).mul(av.mul(av.neg().add(1f))).intoArray(d, j);
    }
  }

  @Override
  public void flushSubnormals(float[] x, int o, int n) {
    for (int j = o; j < o + n; j += L) {
      FloatVector v = FloatVector.fromArray(S, x, j);
      v.blend(0f, v.abs().lt(Float.MIN_NORMAL)).intoArray(x, j);
    }
  }

  @Override
  public void axpy(float scale, float[] x, int xo, float[] y, int jFrom, int jTo) {
    FloatVector s = FloatVector.broadcast(S, scale);
    for (int j = jFrom; j < jTo; j += L) {
      s.fma(FloatVector.fromArray(S, x, xo + j), FloatVector.fromArray(S, y, j)).intoArray(y, j);
    }
  }

  @Override
  public void scaleColumns(float[] w, int stride, int rows, float factor, int jFrom, int jTo) {
    for (int i = 0; i < rows; i++) {
      for (int j = i * stride + jFrom; j < i * stride + jTo; j += L) {
        FloatVector.fromArray(S, w, j).mul(factor).intoArray(w, j);
      }
    }
  }
}
