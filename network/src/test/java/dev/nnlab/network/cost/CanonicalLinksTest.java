package dev.nnlab.network.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;
import dev.nnlab.network.TestNets;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class CanonicalLinksTest {

  @Test
  void recognisesTheFunctionsWhateverTheirNames() {
    assertThat(CanonicalLinks.isLogistic(TestNets.CATALOG.activation("test-sigmoid").value())).isTrue();
    assertThat(CanonicalLinks.isSoftmax(TestNets.CATALOG.activation("test-softmax").value())).isTrue();
    for (String other : new String[] {"test-tanh", "test-relu", "test-identity"}) {
      Activation activation = TestNets.CATALOG.activation(other).value();
      assertThat(CanonicalLinks.isLogistic(activation)).as(other).isFalse();
      assertThat(CanonicalLinks.isSoftmax(activation)).as(other).isFalse();
    }
  }

  @Test
  void aNearlyLogisticFunctionIsNotTakenForOne() {
    ElementwiseActivation hardSigmoid =
        new ElementwiseActivation() {
          @Override
          public double value(double z) {
            return 1 / (1 + Math.exp(-z)) + 1e-9;
          }

          @Override
          public double derivative(double z, double a) {
            return a * (1 - a);
          }

          @Override
          public double gain() {
            return 1;
          }

          @Override
          public Range range() {
            return new Range(0, 1);
          }
        };
    assertThat(CanonicalLinks.isLogistic(hardSigmoid)).isFalse();
  }

  @Test
  void anActivationThatRefusesTheProbeIsNotCanonical() {
    Activation picky =
        new Activation() {
          @Override
          public void forward(DMatrixRMaj z, DMatrixRMaj a) {
            throw new IllegalArgumentException("only one row");
          }

          @Override
          public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
            throw new UnsupportedOperationException();
          }

          @Override
          public double gain() {
            return 1;
          }

          @Override
          public Range range() {
            return Range.REAL;
          }
        };
    assertThat(CanonicalLinks.isSoftmax(picky)).isFalse();
  }
}
