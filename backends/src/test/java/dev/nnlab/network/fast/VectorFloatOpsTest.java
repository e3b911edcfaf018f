package dev.nnlab.network.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Vector API operations against the scalar ones, and the sparse ones against the dense. */
class VectorFloatOpsTest {

  private final FloatOps vector = FloatOpsSelector.vector();
  private final FloatOps scalar = ScalarFloatOps.INSTANCE;
  private final int lanes = vector.lanes();
  private final SplittableRandom random = new SplittableRandom(42);

  private float[] randoms(int n) {
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = (float) (random.nextDouble() * 2 - 1);
    }
    return values;
  }

  @Test
  void sigmoidIsAccurateToAFewUlpsOverTheWholeRange() {
    int n = 4096 / lanes * lanes;
    float[] z = new float[n];
    for (int i = 0; i < n; i++) {
      z[i] = -100 + 200f * i / n;
    }
    float[] a = new float[n];
    vector.sigmoid(z, a, 0, n);
    for (int i = 0; i < n; i++) {
      double exact = 1 / (1 + Math.exp(-(double) z[i]));
      assertThat((double) a[i]).as("σ(%s)", z[i]).isCloseTo(exact, within(4 * Math.ulp((float) exact) + 1e-37));
    }
    float[] extremes = new float[lanes];
    extremes[0] = Float.NaN;
    extremes[1] = Float.POSITIVE_INFINITY;
    float[] out = new float[lanes];
    vector.sigmoid(extremes, out, 0, lanes);
    assertThat(out[0]).isNaN();
    assertThat(out[1]).isEqualTo(1f);
  }

  @Test
  void everyOperationAgreesWithTheScalarOneToFloatRounding() {
    int in = 37;
    int stride = 3 * lanes;
    float[] w = randoms(in * stride);
    float[] b = randoms(stride);
    float[] x = randoms(in);
    float[] zVector = new float[stride];
    float[] zScalar = new float[stride];
    vector.denseForward(w, stride, x, 0, in, b, zVector, 0);
    scalar.denseForward(w, stride, x, 0, in, b, zScalar, 0);
    assertClose(zVector, zScalar);

    float[] d = randoms(stride);
    float[] wVector = w.clone();
    float[] wScalar = w.clone();
    vector.denseUpdate(wVector, stride, x, 0, in, -0.3f, d, 0, lanes, 3 * lanes);
    scalar.denseUpdate(wScalar, stride, x, 0, in, -0.3f, d, 0, lanes, 3 * lanes);
    assertClose(wVector, wScalar);
    for (int i = 0; i < in; i++) {
      for (int j = 0; j < lanes; j++) {
        assertThat(wVector[i * stride + j]).as("columns outside the range are untouched").isEqualTo(w[i * stride + j]);
      }
    }

    int inStride = 5 * lanes;
    float[] v = randoms(stride * inStride);
    float[] gVector = new float[inStride];
    float[] gScalar = new float[inStride];
    vector.backpropagate(v, inStride, stride, d, 0, gVector, 0);
    scalar.backpropagate(v, inStride, stride, d, 0, gScalar, 0);
    assertClose(gVector, gScalar);

    float[] aVector = new float[stride];
    float[] aScalar = new float[stride];
    vector.sigmoid(zScalar, aVector, 0, stride);
    scalar.sigmoid(zScalar, aScalar, 0, stride);
    assertClose(aVector, aScalar);
    vector.sigmoidBackward(d, aScalar, zVector, 0, stride);
    scalar.sigmoidBackward(d, aScalar, zScalar, 0, stride);
    assertClose(zVector, zScalar);
  }

  @Test
  void bothCopiesOfTheWeightsStayEqualUnderUpdates() {
    for (FloatOps ops : new FloatOps[] {vector, scalar}) {
      int in = 2 * lanes;
      int out = 3;
      int stride = lanes;
      float[] w = new float[in * stride];
      float[] v = new float[out * in];
      float[] x = randoms(in);
      for (int step = 0; step < 5; step++) {
        float[] d = randoms(stride);
        ops.denseBatchUpdate(w, stride, x, 0, in, 1, -0.7f, d, 0, 0, stride);
        ops.denseBatchUpdateRows(v, in, x, 0, 1, -0.7f, d, 0, 0, out);
        for (int i = 0; i < in; i++) {
          for (int j = 0; j < out; j++) {
            assertThat(v[j * in + i]).isEqualTo(w[i * stride + j]);
          }
        }
      }
    }
  }

  @Test
  void batchUpdatesEqualUpdatesSampleBySampleBitForBit() {
    for (FloatOps ops : new FloatOps[] {vector, scalar}) {
      int in = 2 * ops.lanes() + 1;
      int inStride = 3 * ops.lanes();
      int stride = 2 * ops.lanes() + ops.lanes();
      int count = 7;
      float[] x = randoms(count * inStride);
      float[] d = randoms(count * stride);
      float[] w = randoms(in * stride);
      float[] v = randoms(stride * inStride);
      for (int[] columns : new int[][] {{0, stride}, {ops.lanes(), stride}}) {
        float[] wBatch = w.clone();
        float[] wSamples = w.clone();
        float[] vBatch = v.clone();
        float[] vSamples = v.clone();
        ops.denseBatchUpdate(wBatch, stride, x, inStride, in, count, -0.3f, d, stride, columns[0], columns[1]);
        ops.denseBatchUpdateRows(vBatch, inStride, x, inStride, count, -0.3f, d, stride, columns[0], columns[1]);
        for (int s = 0; s < count; s++) {
          ops.denseUpdate(wSamples, stride, x, s * inStride, in, -0.3f, d, s * stride, columns[0], columns[1]);
          float[] xs = Arrays.copyOfRange(x, s * inStride, (s + 1) * inStride);
          float[] ds = Arrays.copyOfRange(d, s * stride, (s + 1) * stride);
          ops.denseBatchUpdateRows(vSamples, inStride, xs, 0, 1, -0.3f, ds, 0, columns[0], columns[1]);
        }
        assertThat(wBatch).as(ops.description()).containsExactly(wSamples);
        assertThat(vBatch).as(ops.description()).containsExactly(vSamples);
        assertThat(wBatch).isNotEqualTo(w);
      }
    }
  }

  @Test
  void batchForwardAndBackpropagationEqualSampleBySampleBitForBit() {
    for (FloatOps ops : new FloatOps[] {vector, scalar}) {
      int lanes = ops.lanes();
      int in = 2 * lanes + 3;
      int inStride = (in + lanes - 1) / lanes * lanes;
      int stride = 3 * lanes;
      int out = stride - lanes / 2;
      int samples = 11;
      float[] w = randoms(in * stride);
      float[] v = randoms(out * inStride);
      float[] b = randoms(stride);
      float[] x = randoms(samples * inStride);
      float[] d = randoms(samples * stride);
      // every group size and start: fewer samples than a group, whole groups, a last group that overlaps
      for (int from = 0; from < 3; from++) {
        for (int to = from; to <= samples; to++) {
          float[] zBatch = new float[samples * stride];
          float[] zSamples = new float[samples * stride];
          float[] gBatch = new float[samples * inStride];
          float[] gSamples = new float[samples * inStride];
          ops.denseForwardBatch(w, stride, x, inStride, in, b, zBatch, stride, from, to);
          ops.backpropagateBatch(v, inStride, out, d, stride, gBatch, inStride, from, to);
          for (int s = from; s < to; s++) {
            ops.denseForward(w, stride, x, s * inStride, in, b, zSamples, s * stride);
            ops.backpropagate(v, inStride, out, d, s * stride, gSamples, s * inStride);
          }
          String where = ops.description() + ", samples [" + from + ", " + to + ")";
          assertThat(zBatch).as(where).containsExactly(zSamples);
          assertThat(gBatch).as(where).containsExactly(gSamples);
          if (to > from) {
            assertThat(zBatch[(to - 1) * stride]).as(where).isNotZero();
          }
        }
      }
    }
  }

  @Test
  void sparseOperationsEqualDenseOnesBitForBit() {
    for (FloatOps ops : new FloatOps[] {vector, scalar}) {
      int in = 50;
      int stride = 4 * ops.lanes() + 2 * ops.lanes() + ops.lanes();
      float[] w = randoms(in * stride);
      float[] b = randoms(stride);
      float[] x = new float[in];
      char[] index = new char[in];
      float[] value = new float[in];
      int nonZero = 0;
      for (int i = 0; i < in; i++) {
        if (random.nextInt(5) == 0) {
          x[i] = (float) random.nextDouble();
          index[nonZero] = (char) i;
          value[nonZero++] = x[i];
        }
      }
      float[] zSparse = new float[stride];
      float[] zDense = new float[stride];
      ops.sparseForward(w, stride, index, value, 0, nonZero, b, zSparse, 0);
      ops.denseForward(w, stride, x, 0, in, b, zDense, 0);
      assertThat(zSparse).containsExactly(zDense);
      float[] d = randoms(stride);
      float[] wSparse = w.clone();
      ops.sparseUpdate(wSparse, stride, index, value, 0, nonZero, -0.5f, d, 0, 0, stride);
      ops.denseUpdate(w, stride, x, 0, in, -0.5f, d, 0, 0, stride);
      assertThat(wSparse).containsExactly(w);
    }
  }

  @Test
  void subnormalsAreFlushedToZeroAndNothingElseChanges() {
    for (FloatOps ops : new FloatOps[] {vector, scalar}) {
      float[] special = {
        Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL / 2, -Float.MIN_NORMAL * 0.999f, Float.MIN_NORMAL,
        -Float.MIN_NORMAL, 1e-30f, Float.MAX_VALUE, Float.NEGATIVE_INFINITY, Float.NaN, 0f
      };
      int n = (special.length + ops.lanes() - 1) / ops.lanes() * ops.lanes();
      float[] x = randoms(n + 2);
      x[0] = Float.MIN_VALUE;
      x[n + 1] = -Float.MIN_VALUE;
      System.arraycopy(special, 0, x, 1, special.length);
      float[] flushed = x.clone();
      ops.flushSubnormals(flushed, 1, n);
      for (int i = 0; i < x.length; i++) {
        boolean subnormal = i >= 1 && i <= n && x[i] != 0 && Math.abs(x[i]) < Float.MIN_NORMAL;
        if (subnormal) {
          assertThat(flushed[i]).as("%s: entry %d", ops.description(), i).isEqualTo(0f);
        } else {
          assertThat(Float.floatToRawIntBits(flushed[i])).as("%s: entry %d", ops.description(), i)
              .isEqualTo(Float.floatToRawIntBits(x[i]));
        }
      }
      assertThat(flushed[1]).isZero();
      assertThat(flushed[7]).isEqualTo(1e-30f);
    }
  }

  private static void assertClose(float[] actual, float[] expected) {
    for (int i = 0; i < actual.length; i++) {
      assertThat(actual[i]).as("entry %d", i).isCloseTo(expected[i], within(1e-5f * (1 + Math.abs(expected[i]))));
    }
  }
}
