package dev.nnlab.network.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both {@link ConvKernels} against naive double-precision loops, on the shapes that reach every
 * block of the register-blocked kernels: row counts below, at and past a multiple of four (the
 * 1-row and 3-row tails), column counts of one vector up to past four vectors, depths of one and
 * many, offsets and strides larger than the matrices, A read transposed. Entries outside the result
 * must stay untouched. Tolerance: each entry is a float32 sum of at most a few hundred products of
 * terms in [−1, 1], so its rounding error is below depth·2^−24 ≈ 3e−5 relative to depth.
 */
class ConvKernelsTest {

  private static final ConvKernels VECTOR = ConvKernelsSelector.matching(FloatOpsSelector.vector());
  private final SplittableRandom random = new SplittableRandom(7);

  static Stream<Arguments> shapes() {
    Stream.Builder<Arguments> shapes = Stream.builder();
    for (ConvKernels kernels : new ConvKernels[] {VECTOR, ScalarConvKernels.INSTANCE}) {
      int l = kernels.lanes();
      for (int rows : new int[] {1, 3, 4, 5, 8, 11}) {
        for (int vectors : new int[] {1, 3, 4, 5, 9}) {
          for (int depth : new int[] {1, 7, 40}) {
            shapes.add(Arguments.of(kernels, rows, vectors * l, depth));
          }
        }
      }
    }
    return shapes.build();
  }

  private float[] randoms(int n) {
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = (float) (random.nextDouble() * 2 - 1);
    }
    return values;
  }

  @ParameterizedTest(name = "{0} {1}×{3}·{3}×{2}")
  @MethodSource("shapes")
  void multiplyMatchesNaiveLoops(ConvKernels kernels, int rows, int n, int depth) {
    for (boolean transposed : new boolean[] {false, true}) {
      for (boolean accumulate : new boolean[] {false, true}) {
        int aOff = 3;
        int aLd = transposed ? rows + 2 : depth + 1;
        int aRow = transposed ? 1 : aLd;
        int aCol = transposed ? aLd : 1;
        float[] a = randoms(aOff + (transposed ? depth : rows) * aLd);
        int bOff = 5;
        int ldb = n + 2 * kernels.lanes();
        float[] b = randoms(bOff + depth * ldb);
        int cOff = 2;
        int ldc = n + kernels.lanes();
        float[] c = randoms(cOff + rows * ldc + 9);
        float[] before = c.clone();
        kernels.multiply(a, aOff, aRow, aCol, rows, depth, b, bOff, ldb, n, c, cOff, ldc, accumulate);
        for (int q = 0; q < c.length; q++) {
          int i = (q - cOff) / ldc;
          int p = (q - cOff) % ldc;
          if (q < cOff || i >= rows || p >= n) {
            assertThat(c[q]).as("outside the result, at %d", q).isEqualTo(before[q]);
            continue;
          }
          double expected = accumulate ? before[q] : 0;
          for (int k = 0; k < depth; k++) {
            expected += (double) a[aOff + i * aRow + k * aCol] * b[bOff + k * ldb + p];
          }
          assertThat((double) c[q]).as("C[%d][%d] transposed=%s accumulate=%s", i, p, transposed, accumulate)
              .isCloseTo(expected, within(3e-5 * (depth + 1)));
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}×{2}·({3}×{2})ᵀ")
  @MethodSource("shapes")
  void multiplyTransposedMatchesNaiveLoops(ConvKernels kernels, int rows, int n, int cols) {
    int aOff = 1;
    int lda = n + kernels.lanes();
    float[] a = randoms(aOff + rows * lda);
    int bOff = 4;
    int ldb = n + 3 * kernels.lanes();
    float[] b = randoms(bOff + cols * ldb);
    int cOff = 6;
    int ldc = cols + 3;
    float[] c = randoms(cOff + rows * ldc + 5);
    float[] before = c.clone();
    kernels.multiplyTransposed(a, aOff, lda, rows, b, bOff, ldb, cols, n, c, cOff, ldc);
    for (int q = 0; q < c.length; q++) {
      int i = (q - cOff) / ldc;
      int j = (q - cOff) % ldc;
      if (q < cOff || i >= rows || j >= cols) {
        assertThat(c[q]).as("outside the result, at %d", q).isEqualTo(before[q]);
        continue;
      }
      double expected = before[q];
      for (int p = 0; p < n; p++) {
        expected += (double) a[aOff + i * lda + p] * b[bOff + j * ldb + p];
      }
      assertThat((double) c[q]).as("C[%d][%d]", i, j).isCloseTo(expected, within(3e-5 * (n + 1)));
    }
  }

  @ParameterizedTest(name = "{0} {1}, {2}")
  @MethodSource("shapes")
  void sumDotAndAxpyMatchNaiveLoops(ConvKernels kernels, int offset, int n, int tail) {
    float[] x = randoms(offset + n + tail);
    float[] y = randoms(offset + n + tail);
    double sum = 0;
    double dot = 0;
    for (int p = 0; p < n; p++) {
      sum += x[offset + p];
    }
    for (int p = 0; p < n + tail; p++) {
      dot += (double) x[offset + p] * y[offset + p];
    }
    assertThat((double) kernels.sum(x, offset, n)).isCloseTo(sum, within(3e-5 * n));
    assertThat((double) kernels.dot(x, offset, y, offset, n + tail)).isCloseTo(dot, within(3e-5 * (n + tail)));
    float[] expected = y.clone();
    for (int p = 0; p < n + tail; p++) {
      expected[offset + p] += 0.5f * x[offset + p];
    }
    kernels.axpy(0.5f, x, offset, y, offset, n + tail);
    for (int q = 0; q < y.length; q++) {
      assertThat(y[q]).as("y[%d]", q).isCloseTo(expected[q], within(1e-6f));
    }
    // runs of every length up to past two vectors reach the vector loop and the scalar tail
    float[] source = randoms(1 + 2 * kernels.lanes() + 3);
    for (int length = 0; length <= 2 * kernels.lanes() + 3; length++) {
      float[] added = randoms(offset + length + tail);
      float[] addExpected = added.clone();
      for (int p = 0; p < length; p++) {
        addExpected[offset + p] += -2f * source[1 + p];
      }
      kernels.axpy(-2f, source, 1, added, offset, length);
      for (int q = 0; q < added.length; q++) {
        assertThat(added[q]).as("axpy of %d, at %d", length, q).isCloseTo(addExpected[q], within(1e-6f));
      }
    }
  }

  static Stream<Arguments> runs() {
    Stream.Builder<Arguments> runs = Stream.builder();
    for (ConvKernels kernels : new ConvKernels[] {VECTOR, ScalarConvKernels.INSTANCE}) {
      int l = kernels.lanes();
      // runs shorter than, equal to and longer than a vector; lengths with and without a tail
      for (int run : new int[] {1, 3, 8, 24, l, l + 5}) {
        for (int skip : new int[] {0, 4}) {
          for (int n : new int[] {0, 1, run, 2 * run + 1, 64, 3 * l + 7}) {
            runs.add(Arguments.of(kernels, run, skip, n));
          }
        }
      }
    }
    return runs.build();
  }

  @ParameterizedTest(name = "{0} run {1} skip {2} n {3}")
  @MethodSource("runs")
  void copyRunsAndAddRunsMatchNaiveLoops(ConvKernels kernels, int run, int skip, int n) {
    int xo = 3;
    int span = n == 0 ? 0 : n + (n - 1) / run * skip;
    float[] x = randoms(xo + span + 5);
    int yo = 2;
    float[] y = randoms(yo + n + 6);
    float[] expected = y.clone();
    for (int p = 0; p < n; p++) {
      expected[yo + p] = x[xo + p + p / run * skip];
    }
    kernels.copyRuns(x, xo, run, skip, n, y, yo);
    assertThat(y).as("copyRuns").containsExactly(expected);

    float[] sums = randoms(xo + span + 5);
    float[] added = sums.clone();
    for (int p = 0; p < n; p++) {
      added[xo + p + p / run * skip] += y[yo + p];
    }
    kernels.addRuns(y, yo, run, skip, n, sums, xo);
    assertThat(sums).as("addRuns").containsExactly(added);
  }

  @ParameterizedTest(name = "{0} {1}, {2}")
  @MethodSource("shapes")
  void maxPoolKeepsTheFirstMaximum(ConvKernels kernels, int windows, int n, int candidates) {
    int count = n + windows;  // a multiple of the lanes plus a tail of 1 to 11
    int[] offset = new int[1 + candidates % 9];
    for (int t = 0; t < offset.length; t++) {
      offset[t] = random.nextInt(30);  // any order, repeats allowed: the kernel must keep the first
    }
    int[] corner = new int[count];
    for (int k = 0; k < count; k++) {
      corner[k] = random.nextInt(200);
    }
    int xo = 7;
    float[] x = new float[xo + 240];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextInt(4) - 2;  // few values: many ties
    }
    int mo = 5;
    float[] m = randoms(mo + count + 3);
    int[] winner = new int[m.length];
    float[] expectedM = m.clone();
    int[] expectedWinner = winner.clone();
    for (int k = 0; k < count; k++) {
      int best = xo + corner[k] + offset[0];
      for (int t = 1; t < offset.length; t++) {
        if (x[xo + corner[k] + offset[t]] > x[best]) {
          best = xo + corner[k] + offset[t];
        }
      }
      expectedM[mo + k] = x[best];
      expectedWinner[mo + k] = best;
    }
    kernels.maxPool(x, xo, corner, offset, count, m, mo, winner);
    assertThat(m).containsExactly(expectedM);
    assertThat(winner).containsExactly(expectedWinner);
  }
}
