package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.init.Fan;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OrthogonalInitializerTest {

  /** WᵀW for tall or square W, WWᵀ for wide W, which must be gain²·I. */
  private static DMatrixRMaj gram(DMatrixRMaj w) {
    boolean wide = w.numRows < w.numCols;
    int n = Math.min(w.numRows, w.numCols);
    DMatrixRMaj gram = new DMatrixRMaj(n, n);
    if (wide) {
      CommonOps_DDRM.multTransB(w, w, gram);
    } else {
      CommonOps_DDRM.multTransA(w, w, gram);
    }
    return gram;
  }

  @ParameterizedTest(name = "{0}×{1} weights, gain {2}")
  @CsvSource({"64, 64, 1", "30, 784, 1", "784, 30, 2", "20, 200, 0.5", "1, 1, 3", "10, 1, 1.5"})
  void isOrthogonalTimesTheGainTo1e10(int rows, int cols, double gain) {
    Fan fan = new Fan(cols, rows);
    DMatrixRMaj w = new DMatrixRMaj(rows, cols);
    new OrthogonalInitializer(gain).initialize(w, fan, new SplittableRandom(11));
    DMatrixRMaj expected = CommonOps_DDRM.identity(Math.min(rows, cols));
    CommonOps_DDRM.scale(gain * gain, expected);
    assertThat(MatrixFeatures_DDRM.isIdentical(gram(w), expected, 1e-10)).isTrue();
  }

  @Test
  void fillsABiasAsAUnitVectorTimesTheGain() {
    DMatrixRMaj bias = new DMatrixRMaj(30, 1);
    new OrthogonalInitializer(2).initialize(bias, new Fan(784, 30), new SplittableRandom(3));
    assertThat(CommonOps_DDRM.dot(bias, bias)).isCloseTo(4, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void signCorrectionMakesEverySignEquallyLikely() {
    // Without the correction Householder QR fixes the sign of Q's first entry; with it, a 1×1
    // orthogonal matrix is +1 or -1 with probability 1/2 each.
    SplittableRandom random = new SplittableRandom(5);
    DMatrixRMaj w = new DMatrixRMaj(1, 1);
    int positive = 0;
    int draws = 4000;
    for (int i = 0; i < draws; i++) {
      new OrthogonalInitializer(1).initialize(w, new Fan(1, 1), random);
      positive += w.get(0, 0) > 0 ? 1 : 0;
    }
    // 6 standard deviations of a Binomial(4000, 1/2) count: 6·sqrt(1000) ≈ 190.
    assertThat(positive).isBetween(draws / 2 - 190, draws / 2 + 190);
  }

  @Test
  void formulaNamesTheShapeTheProductAndTheVariance() {
    assertThat(new OrthogonalInitializer(1).formula(new Fan(784, 30)))
        .contains("784×30", "30×784", "W·Wᵀ = I", "1/784");
    assertThat(new OrthogonalInitializer(2).formula(new Fan(30, 784))).contains("Wᵀ·W = 2²·I");
  }
}
