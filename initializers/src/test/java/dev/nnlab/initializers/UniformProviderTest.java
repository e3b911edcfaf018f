package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.plugin.SpecException;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class UniformProviderTest {

  @Test
  void randIsNumpysHalfOpenUnitInterval() {
    var d = Specs.create("rand").distribution(new Fan(784, 30)).orElseThrow();
    assertThat(d.lower()).isZero();
    assertThat(d.upper()).isEqualTo(1);
    assertThat(Specs.create("rand").formula(new Fan(784, 30))).isEqualTo("U[0, 1)");
  }

  @Test
  void randDrawsExactlyTheGeneratorsNextDouble() {
    DMatrixRMaj w = new DMatrixRMaj(30, 784);
    Specs.create("rand").initialize(w, new Fan(784, 30), new SplittableRandom(8));
    SplittableRandom same = new SplittableRandom(8);
    for (double value : w.data) {
      assertThat(value).isEqualTo(same.nextDouble());
    }
  }

  @Test
  void refusesLowNotBelowHigh() {
    assertThatThrownBy(() -> Specs.create("uniform(low=1, high=0)"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("low must be below high, got low=1 and high=0");
  }
}
