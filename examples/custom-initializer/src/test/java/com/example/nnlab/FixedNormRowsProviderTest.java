package com.example.nnlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.SpecException;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FixedNormRowsProviderTest {

  private static Initializer initializer(String spec) {
    return PluginCatalog.standard().initializer(spec).value();
  }

  @ParameterizedTest(name = "norm {0}, fan {1} → {2}")
  @CsvSource({"1, 784, 30", "1, 30, 10", "3, 64, 64", "0.25, 200, 20", "2.5, 1, 7", "1, 5, 1"})
  void everyRowHasExactlyTheGivenNorm(double norm, int in, int out) {
    Fan fan = new Fan(in, out);
    DMatrixRMaj weights = new DMatrixRMaj(out, in);

    initializer("fixed-norm-rows(norm=" + norm + ")").initialize(weights, fan, new SplittableRandom(42));

    for (int row = 0; row < out; row++) {
      double squares = 0;
      for (int column = 0; column < in; column++) {
        squares += weights.get(row, column) * weights.get(row, column);
      }
      assertThat(Math.sqrt(squares)).as("norm of row %d", row).isCloseTo(norm, within(1e-12 * norm));
    }
  }

  @Test
  void theDefaultNormIsOne() {
    assertThat(PluginCatalog.standard().initializer("fixed-norm-rows").spec())
        .isEqualTo("fixed-norm-rows(norm=1)");
  }

  /**
   * A uniformly random direction in n dimensions has E[u_i] = 0 and E[u_i²] = 1/n for every
   * coordinate. Over 20,000 rows of 784 (15.7 million values) both are measured to within a few
   * standard errors: the mean's error is 1/sqrt(n·N) ≈ 2.5e-4 of 1/sqrt(n), the square's
   * std(u_i²)/sqrt(N) ≈ sqrt(2)/n/sqrt(N).
   */
  @Test
  void directionsAreUniformlySpread() {
    int in = 784;
    int rows = 20_000;
    DMatrixRMaj weights = new DMatrixRMaj(rows, in);
    initializer("fixed-norm-rows(norm=2)").initialize(weights, new Fan(in, rows), new SplittableRandom(7));

    double[] coordinateMean = new double[in];
    double[] coordinateSquare = new double[in];
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < in; column++) {
        double u = weights.get(row, column) / 2;
        coordinateMean[column] += u / rows;
        coordinateSquare[column] += u * u / rows;
      }
    }
    double meanStandardError = 1 / Math.sqrt((double) in * rows);
    double squareStandardError = Math.sqrt(2.0) / in / Math.sqrt(rows);
    for (int column : new int[] {0, 1, 100, 400, 783}) {
      assertThat(coordinateMean[column]).isCloseTo(0, within(6 * meanStandardError));
      assertThat(coordinateSquare[column]).isCloseTo(1.0 / in, within(6 * squareStandardError));
    }
    double positives = 0;
    for (double value : weights.data) {
      positives += value > 0 ? 1 : 0;
    }
    assertThat(positives / weights.data.length).isCloseTo(0.5, within(6 * 0.5 / Math.sqrt(weights.data.length)));
  }

  @Test
  void aNonPositiveNormIsRefusedByName() {
    assertThatThrownBy(() -> PluginCatalog.standard().initializer("fixed-norm-rows(norm=0)"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("norm")
        .hasMessageContaining("fixed-norm-rows");
  }

  @Test
  void theFormulaShowsTheNormAndThePerWeightScale() {
    assertThat(initializer("fixed-norm-rows(norm=2)").formula(new Fan(784, 30)))
        .contains("norm 2")
        .contains("0.07143");
  }
}
