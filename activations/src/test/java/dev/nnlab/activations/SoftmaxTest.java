package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class SoftmaxTest {

  @Test
  void eachRowIsADistribution() {
    DMatrixRMaj z = new DMatrixRMaj(2, 3, true, 1, 2, 3, 1e4, 1e4, -1e4);
    DMatrixRMaj a = new DMatrixRMaj(2, 3);
    Softmax.INSTANCE.forward(z, a);
    double e1 = Math.exp(-2);
    double e2 = Math.exp(-1);
    double sum = e1 + e2 + 1;
    assertThat(a.get(0, 0)).isCloseTo(e1 / sum, within(1e-16));
    assertThat(a.get(0, 2)).isCloseTo(1 / sum, within(1e-16));
    assertThat(new double[] {a.get(1, 0), a.get(1, 1), a.get(1, 2)}).containsExactly(0.5, 0.5, 0.0);
  }

  @Test
  void backwardIsTheFullJacobianTimesTheUpstreamGradient() {
    DMatrixRMaj z = new DMatrixRMaj(1, 3, true, 0.3, -1.2, 2.0);
    DMatrixRMaj a = new DMatrixRMaj(1, 3);
    Softmax.INSTANCE.forward(z, a);
    DMatrixRMaj gradA = new DMatrixRMaj(1, 3, true, 0.5, -1, 2);
    DMatrixRMaj gradZ = new DMatrixRMaj(1, 3);
    Softmax.INSTANCE.backward(z, a, gradA, gradZ);
    for (int i = 0; i < 3; i++) {
      double expected = 0;
      for (int j = 0; j < 3; j++) {
        double jacobian = a.data[j] * ((i == j ? 1 : 0) - a.data[i]); // d a_j / d z_i
        expected += jacobian * gradA.data[j];
      }
      assertThat(gradZ.data[i]).isCloseTo(expected, within(1e-15));
    }
  }

  @Test
  void rejectsMismatchedShapesSayingWhichMatrix() {
    assertThatThrownBy(() -> Softmax.INSTANCE.forward(new DMatrixRMaj(2, 3), new DMatrixRMaj(3, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("softmax: a is 3x2 but z is 2x3; both must be batch x units");
  }
}
