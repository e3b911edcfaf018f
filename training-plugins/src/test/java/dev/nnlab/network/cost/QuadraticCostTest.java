package dev.nnlab.network.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class QuadraticCostTest {

  private final QuadraticCost cost = new QuadraticCost();
  private final DMatrixRMaj a = new DMatrixRMaj(new double[][] {{0.5, 0.25}, {1, 0}});
  private final DMatrixRMaj y = new DMatrixRMaj(new double[][] {{1, 0}, {1, 1}});

  @Test
  void isHalfTheSquaredDistanceSummedOverSamples() {
    // ½(0.25 + 0.0625) + ½(0 + 1)
    assertThat(cost.total(a, y)).isCloseTo(0.15625 + 0.5, within(1e-15));
  }

  @Test
  void gradientIsOutputMinusTarget() {
    DMatrixRMaj gradient = new DMatrixRMaj(2, 2);
    cost.gradient(a, y, gradient);
    assertThat(gradient.data).containsExactly(-0.5, 0.25, 0, -1);
  }

  @Test
  void refusesMismatchedShapes() {
    assertThatThrownBy(() -> cost.total(a, new DMatrixRMaj(2, 3)))
        .hasMessage("output is 2×2 but target is 2×3; they must match (one row per sample)");
  }
}
