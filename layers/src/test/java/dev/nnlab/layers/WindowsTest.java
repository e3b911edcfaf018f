package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.layer.Shape;
import org.junit.jupiter.api.Test;

class WindowsTest {

  @Test
  void convolutionOutputsFollowPyTorchsFormula() {
    assertThat(Windows.convolution(Shape.image(1, 28, 28), 20, 5, 1, 0)).isEqualTo(Shape.image(20, 24, 24));
    assertThat(Windows.convolution(Shape.image(3, 7, 6), 4, 3, 2, 1)).isEqualTo(Shape.image(4, 4, 3));
    assertThat(Windows.convolution(Shape.image(1, 3, 3), 1, 5, 1, 1)).isEqualTo(Shape.image(1, 1, 1));
  }

  @Test
  void aKernelThatDoesNotFitIsOneLine() {
    assertThatThrownBy(() -> Windows.convolution(Shape.image(1, 3, 3), 2, 5, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a 5×5 kernel does not fit a 3×3 input (padding 0)");
    assertThatThrownBy(() -> Windows.convolution(Shape.flat(784), 2, 5, 1, 0))
        .hasMessage("a 5×5 kernel does not fit a 1×1 input (padding 0) of 784 channels; conv needs an image such as 1×28×28");
  }

  @Test
  void poolingNeedsOneWholeWindow() {
    assertThat(Windows.pooling(Shape.image(20, 24, 24), 2, 2)).isEqualTo(Shape.image(20, 12, 12));
    assertThat(Windows.pooling(Shape.image(1, 5, 5), 3, 2)).isEqualTo(Shape.image(1, 2, 2));
    assertThatThrownBy(() -> Windows.pooling(Shape.image(4, 1, 1), 2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pool size 2 with stride 2 needs at least 2×2, got 1×1");
  }
}
