package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.plugin.SpecException;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class NormalProviderTest {

  @Test
  void randnDrawsExactlyTheGeneratorsNextGaussian() {
    DMatrixRMaj w = new DMatrixRMaj(30, 784);
    Specs.create("randn").initialize(w, new Fan(784, 30), new SplittableRandom(8));
    SplittableRandom same = new SplittableRandom(8);
    for (double value : w.data) {
      assertThat(value).isEqualTo(same.nextGaussian());
    }
    assertThat(Specs.create("randn").formula(new Fan(784, 30))).isEqualTo("N(0, 1²)");
  }

  @Test
  void refusesANonPositiveStd() {
    assertThatThrownBy(() -> Specs.create("normal(std=0)"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("std")
        .hasMessageContaining("> 0");
  }
}
