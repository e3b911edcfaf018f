package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.init.Fan;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityInitializerTest {

  @ParameterizedTest(name = "{0}×{1}")
  @CsvSource({"3, 3", "2, 5", "5, 2", "1, 1", "4, 1"})
  void gainOnTheMainDiagonalOnlyEvenWhenNotSquare(int rows, int cols) {
    DMatrixRMaj w = new DMatrixRMaj(rows, cols);
    java.util.Arrays.fill(w.data, 9);
    new IdentityInitializer(0.5).initialize(w, new Fan(cols == 1 ? 7 : cols, rows), new SplittableRandom(1));
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        assertThat(w.get(i, j)).as("W[%d][%d]", i, j).isEqualTo(i == j ? 0.5 : 0);
      }
    }
  }
}
