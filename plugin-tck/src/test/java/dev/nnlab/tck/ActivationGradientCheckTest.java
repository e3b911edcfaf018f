package dev.nnlab.tck;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ActivationGradientCheckTest {

  /** relu with PyTorch's derivative 0 at 0. */
  private static final ElementwiseActivation RELU = new ElementwiseActivation() {
    @Override
    public double value(double z) {
      return Math.max(0, z);
    }

    @Override
    public double derivative(double z, double a) {
      return z > 0 ? 1 : 0;
    }

    @Override
    public double gain() {
      return Math.sqrt(2);
    }

    @Override
    public Range range() {
      return new Range(0, Double.POSITIVE_INFINITY);
    }
  };

  @Test
  void excusesAnIsolatedPointWithinAStepOfAKink() {
    DMatrixRMaj z = new DMatrixRMaj(1, 200);
    for (int i = 0; i < 200; i++) {
      z.data[i] = (i - 100) * 0.05 + 0.0123;
    }
    z.data[7] = 0; // exactly on the kink
    z.data[9] = 4e-6; // within the step h = 1e-5, so the central difference straddles the kink
    ActivationGradientCheck check = new ActivationGradientCheck();
    assertThatCode(() -> {
      check.check("relu", RELU, z, ones(z));
      check.requireFewKinks("relu");
    }).doesNotThrowAnyException();
  }

  @Test
  void refusesToExcuseMoreThanIsolatedKinks() {
    DMatrixRMaj z = new DMatrixRMaj(1, 200); // every point on the kink
    ActivationGradientCheck check = new ActivationGradientCheck();
    check.check("relu", RELU, z, ones(z));
    assertThatThrownBy(() -> check.requireFewKinks("relu"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("at 200 of 200 points");
  }

  @Test
  void doesNotExcuseAWrongDerivativeNearAKink() {
    ElementwiseActivation wrongOnTheRight = new ElementwiseActivation() {
      @Override
      public double value(double z) {
        return RELU.value(z);
      }

      @Override
      public double derivative(double z, double a) {
        return z > 0 ? 1.01 : 0;
      }

      @Override
      public double gain() {
        return 1;
      }

      @Override
      public Range range() {
        return RELU.range();
      }
    };
    DMatrixRMaj z = new DMatrixRMaj(1, 1, true, 0.5);
    assertThatThrownBy(() -> new ActivationGradientCheck().check("tck-fixture", wrongOnTheRight, z, ones(z)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("backward gives dL/dz = 1.01");
  }

  private static DMatrixRMaj ones(DMatrixRMaj like) {
    DMatrixRMaj m = like.createLike();
    m.fill(1);
    return m;
  }
}
