package dev.nnlab.network.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HistogramTest {

  @Test
  void countsIntoEqualWidthBinsOverTheDataRange() {
    Histogram h = Histogram.of(new double[] {0, 0.1, 0.5, 0.99, 1, Double.NaN, 7}, 5, 4);

    assertThat(h.lower()).isZero();
    assertThat(h.upper()).isEqualTo(1.0);
    assertThat(h.counts()).containsExactly(2, 0, 1, 2);
    assertThat(h.nonFinite()).isZero();
    assertThat(h.edge(2)).isEqualTo(0.5);
  }

  @Test
  void fixedEdgesClampOutliersAndCountNonFiniteApart() {
    Histogram h = Histogram.of(new double[] {-5, 0.25, 5, Double.NaN, Double.POSITIVE_INFINITY}, 5, 0, 1, 2);

    assertThat(h.counts()).containsExactly(2, 1);
    assertThat(h.nonFinite()).isEqualTo(2);
    assertThat(h.total()).isEqualTo(3);
  }

  @Test
  void identicalValuesLandInTheMiddleBin() {
    assertThat(Histogram.of(new double[] {3, 3, 3}, 3, 5).counts()).containsExactly(0, 0, 3, 0, 0);
  }

  @Test
  void isImmutable() {
    long[] counts = {1, 2};
    Histogram h = new Histogram(0, 1, counts, 0);
    counts[0] = 9;
    h.counts()[1] = 9;
    assertThat(h.counts()).containsExactly(1, 2);
    assertThatThrownBy(() -> new Histogram(1, 0, counts, 0)).hasMessageContaining("exceeds upper");
  }
}
