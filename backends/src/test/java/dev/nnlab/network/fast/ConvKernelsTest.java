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
}
