package dev.nnlab.network.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.network.data.ArrayExamples;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class TrainingInputsTest {

  private static final ArrayExamples DIGITS = SparseDigits.examples(9, 120);

  private static double density(ArrayExamples examples) {
    DMatrixRMaj x = new DMatrixRMaj(1, 1);
    DMatrixRMaj y = new DMatrixRMaj(1, 1);
    int[] identity = new int[examples.size()];
    for (int i = 0; i < identity.length; i++) {
      identity[i] = i;
    }
    examples.gather(identity, 0, identity.length, x, y);
    long nonZero = 0;
    for (double v : x.data) {
      nonZero += v != 0 ? 1 : 0;
    }
    return (double) nonZero / x.getNumElements();
  }

  @Test
  void measuresTheDensityAndChoosesSparseBelowTheThreshold() {
    double density = density(DIGITS);
    assertThat(density).isBetween(0.05, 0.3);
    TrainingInputs sparse = new TrainingInputs(DIGITS, 10, density);
    assertThat(sparse.density()).isCloseTo(density, within(1e-12));
    assertThat(sparse.sparse()).isTrue();
    assertThat(new TrainingInputs(DIGITS, 10, density - 1e-3).sparse()).isFalse();
    assertThat(new TrainingInputs(SparseDigits.densified(DIGITS), 10, 0.99).sparse()).isFalse();
  }

  @Test
  void bothFormsHoldTheSameBatches() {
    TrainingInputs sparse = new TrainingInputs(DIGITS, 4, 1);
    TrainingInputs dense = new TrainingInputs(DIGITS, 4, 0);
    int[] order = {7, 3, 119, 0, 55};
    FloatOps ops = ScalarFloatOps.INSTANCE;
    int in = SparseDigits.INPUTS;
    float[] w = new float[in];
    for (int i = 0; i < in; i++) {
      w[i] = i + 1;
    }
    sparse.load(order, 1, 4);
    dense.load(order, 1, 4);
    for (int s = 0; s < 4; s++) {
      float[] zs = new float[1];
      float[] zd = new float[1];
      sparse.forward(ops, w, 1, new float[1], s, zs, 0);
      dense.forward(ops, w, 1, new float[1], s, zd, 0);
      assertThat(zs[0]).isEqualTo(zd[0]).isPositive();
      assertThat(sparse.example(s)).isEqualTo(order[1 + s]);
      assertThat(sparse.targets()[sparse.targetOffset(s) + DIGITS.label(order[1 + s])]).isEqualTo(1f);
    }
  }

  @Test
  void refusesAThresholdOutsideZeroToOne() {
    assertThatThrownBy(() -> new TrainingInputs(DIGITS, 10, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sparse threshold must be in [0, 1], got 1.5");
  }
}
