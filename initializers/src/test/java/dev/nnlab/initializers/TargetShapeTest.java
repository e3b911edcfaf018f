package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.init.Fan;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class TargetShapeTest {

  private static final Fan FAN = new Fan(784, 30);

  @Test
  void acceptsWeightsAndBiases() {
    assertThatCode(() -> TargetShape.check(new DMatrixRMaj(30, 784), FAN)).doesNotThrowAnyException();
    assertThatCode(() -> TargetShape.check(new DMatrixRMaj(30, 1), FAN)).doesNotThrowAnyException();
  }

  /** PyTorch's weight.view(F, -1): one row per filter, although the fan-out is F·kh·kw. */
  @Test
  void acceptsAConvolutionsWeightsAndBiasesWithOneRowPerFilter() {
    Fan conv = Fan.convolution(3, 8, 3, 3);

    assertThatCode(() -> TargetShape.check(new DMatrixRMaj(8, 27), conv)).doesNotThrowAnyException();
    assertThatCode(() -> TargetShape.check(new DMatrixRMaj(8, 1), conv)).doesNotThrowAnyException();
    assertThatThrownBy(() -> TargetShape.check(new DMatrixRMaj(72, 27), conv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the target is 72×27 but expected 8×27 weights or 8×1 biases");
  }

  @Test
  void acceptsConvolutionWeightsAndBiasesOnePerFilter() {
    Fan conv = Fan.convolution(3, 20, 5, 5);
    assertThatCode(() -> TargetShape.check(new DMatrixRMaj(20, 75), conv)).doesNotThrowAnyException();
    assertThatCode(() -> TargetShape.check(new DMatrixRMaj(20, 1), conv)).doesNotThrowAnyException();
    assertThatThrownBy(() -> TargetShape.check(new DMatrixRMaj(500, 75), conv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the target is 500×75 but expected 20×75 weights or 20×1 biases");
  }

  @Test
  void refusesEmptyAndMismatchedTargetsNamingBothShapes() {
    assertThatThrownBy(() -> TargetShape.check(new DMatrixRMaj(0, 0), FAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot initialise an empty 0×0 matrix; expected 30×784 weights or 30×1 biases"
            + " for fan(in=784, out=30)");
    assertThatThrownBy(() -> TargetShape.check(new DMatrixRMaj(784, 30), FAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the target is 784×30 but expected 30×784 weights");
  }
}
