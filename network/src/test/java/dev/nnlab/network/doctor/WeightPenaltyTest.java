package dev.nnlab.network.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.network.regularize.L2;
import dev.nnlab.network.regularize.NoRegularizer;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class WeightPenaltyTest {

  @Test
  void theShareIsThePenaltysGradientAgainstTheRestOfTheGradient() {
    DMatrixRMaj w = new DMatrixRMaj(new double[][] {{3, 0}, {0, 4}});
    // L2 with λ/n = 0.1: ∂P/∂W = 0.1·W, norm 0.5; the data's part (1, 0; 0, 0) has norm 1
    DMatrixRMaj gradient = new DMatrixRMaj(new double[][] {{1.3, 0}, {0, 0.4}});

    double share = new WeightPenalty(new L2(10), 100).share(w, gradient, new DMatrixRMaj(1, 1));

    assertThat(share).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void noPenaltyHasNoShare() {
    DMatrixRMaj w = new DMatrixRMaj(new double[][] {{3, 0}});
    assertThat(new WeightPenalty(NoRegularizer.INSTANCE, 10).share(w, w, new DMatrixRMaj(1, 1))).isZero();
  }

  @Test
  void theTrainingSizeMustBePositive() {
    assertThatThrownBy(() -> new WeightPenalty(NoRegularizer.INSTANCE, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("training size 0");
  }
}
