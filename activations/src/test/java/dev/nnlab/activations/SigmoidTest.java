package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class SigmoidTest {

  @Test
  void twoBranchFormulaNeitherOverflowsNorLosesTheTail() {
    assertThat(Sigmoid.logistic(-1e4)).isZero();
    assertThat(Sigmoid.logistic(1e4)).isEqualTo(1);
    assertThat(Sigmoid.logistic(-745)).isPositive(); // e^-745 is the last subnormal: kept, not flushed
    assertThat(Sigmoid.logistic(-40)).isCloseTo(Math.exp(-40), within(1e-30));
    assertThat(Sigmoid.logistic(0)).isEqualTo(0.5);
  }

  @Test
  void isSymmetric() {
    for (double z = -20; z <= 20; z += 0.37) {
      assertThat(Sigmoid.logistic(z) + Sigmoid.logistic(-z)).isCloseTo(1, within(1e-15));
    }
  }

  @Test
  void matrixLoopsAgreeBitForBitWithTheScalarForms() {
    DMatrixRMaj z = new DMatrixRMaj(2, 3, true, -1e4, -3, -0.5, 0, 2, 700);
    DMatrixRMaj a = new DMatrixRMaj(2, 3);
    DMatrixRMaj gradA = new DMatrixRMaj(2, 3, true, 1, -2, 3, -4, 5, -6);
    DMatrixRMaj gradZ = new DMatrixRMaj(2, 3);
    Sigmoid.INSTANCE.forward(z, a);
    Sigmoid.INSTANCE.backward(z, a, gradA, gradZ);
    for (int i = 0; i < 6; i++) {
      assertThat(a.data[i]).isEqualTo(Sigmoid.INSTANCE.value(z.data[i]));
      assertThat(gradZ.data[i]).isEqualTo(gradA.data[i] * Sigmoid.INSTANCE.derivative(z.data[i], a.data[i]));
    }
  }
}
