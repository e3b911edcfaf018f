package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.init.Fan;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

class SparseInitializerTest {

  @Test
  void everyColumnHasExactlyCeilSparsityTimesRowsZeros() {
    SparseInitializer sparse = new SparseInitializer(0.3, 0.5);
    assertThat(sparse.zerosPerColumn(10)).as("0.3·10 is 3, not 4").isEqualTo(3);
    assertThat(sparse.zerosPerColumn(30)).isEqualTo(9);
    assertThat(sparse.zerosPerColumn(31)).isEqualTo(10);
    DMatrixRMaj w = new DMatrixRMaj(30, 784);
    sparse.initialize(w, new Fan(784, 30), new SplittableRandom(2));
    for (int j = 0; j < 784; j++) {
      int zeros = 0;
      for (int i = 0; i < 30; i++) {
        zeros += w.get(i, j) == 0 ? 1 : 0;
      }
      assertThat(zeros).as("zeros in column %d", j).isEqualTo(9);
    }
  }

  @Test
  void theNonZerosAreNormalWithTheGivenStdAndTheZerosSpreadEvenly() {
    DMatrixRMaj w = new DMatrixRMaj(30, 784);
    new SparseInitializer(0.3, 0.5).initialize(w, new Fan(784, 30), new SplittableRandom(4));
    double[] nonZeros = Arrays.stream(w.data).filter(v -> v != 0).toArray();
    double p = new KolmogorovSmirnovTest()
        .kolmogorovSmirnovTest(new NormalDistribution(0, 0.5), nonZeros);
    assertThat(p).isGreaterThan(0.001);
    // Each row is zero in 784 columns with probability 0.3: count ~ Binomial(784, 0.3), sd 12.8.
    for (int i = 0; i < 30; i++) {
      int zeros = 0;
      for (int j = 0; j < 784; j++) {
        zeros += w.get(i, j) == 0 ? 1 : 0;
      }
      assertThat(zeros).as("zeros in row %d", i).isBetween(235 - 77, 235 + 77);
    }
  }

  @Test
  void aSingleRowWithPositiveSparsityIsZeroAndDrawsNothing() {
    DMatrixRMaj w = new DMatrixRMaj(1, 1);
    SplittableRandom random = new SplittableRandom(9);
    new SparseInitializer(0.1, 1).initialize(w, new Fan(1, 1), random);
    assertThat(w.get(0, 0)).isZero();
    assertThat(random.nextLong()).isEqualTo(new SplittableRandom(9).nextLong());
  }

  @Test
  void formulaCountsTheZeros() {
    assertThat(new SparseInitializer(0.1, 0.01).formula(new Fan(784, 30)))
        .isEqualTo("N(0, 0.01²) with ceil(0.1·30) = 3 of 30 entries per column set to 0");
  }
}
