package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.PoolingGeometry;
import dev.nnlab.core.layer.Shape;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class MaxPoolLayerTest {

  private static DMatrixRMaj backward(Layer layer, DMatrixRMaj gradient) {
    DMatrixRMaj gradInput = new DMatrixRMaj(1, 1);
    layer.backward(gradient, false, gradInput);
    return gradInput;
  }

  @Test
  void aTieSendsTheGradientToTheFirstMaximumInRowMajorOrder() {
    Layer pool = TestLayers.build("max-pool(size=2)", Shape.image(1, 2, 4));
    // window 1: 5 at (0,0) and (1,1); window 2: 3 at (0,3), (1,2) and (1,3)
    DMatrixRMaj x = TestLayers.row(5, 1, 0, 3, 2, 5, 3, 3);
    assertThat(TestLayers.forward(pool, x, Mode.TRAINING).data).containsExactly(5, 3);
    assertThat(backward(pool, TestLayers.row(10, 20)).data).containsExactly(10, 0, 0, 20, 0, 0, 0, 0);
  }

  @Test
  void overlappingWindowsAddTheirGradients() {
    Layer pool = TestLayers.build("max-pool(size=2, stride=1)", Shape.image(1, 2, 3));
    DMatrixRMaj x = TestLayers.row(0, 9, 0, 1, 2, 3);
    assertThat(TestLayers.forward(pool, x, Mode.TRAINING).data).containsExactly(9, 9);
    assertThat(backward(pool, TestLayers.row(1, 2)).data).containsExactly(0, 3, 0, 0, 0, 0);
  }

  @Test
  void poolsEachChannelAndExampleOnItsOwnAndDropsTheRemainder() {
    Layer pool = TestLayers.build("max-pool(size=2)", Shape.image(2, 3, 3));
    assertThat(pool.outputShape()).isEqualTo(Shape.image(2, 1, 1));
    DMatrixRMaj x = new DMatrixRMaj(2, 18);
    for (int i = 0; i < x.getNumElements(); i++) {
      x.data[i] = -i;
    }
    // the first of each 2×2 window is largest; the third row and column are never read
    assertThat(TestLayers.forward(pool, x, Mode.INFERENCE).data).containsExactly(0, -9, -18, -27);
    assertThat(pool.capability(PoolingGeometry.class))
        .contains(new PoolingGeometry(Shape.image(2, 3, 3), PoolingGeometry.Kind.MAX, 2, 2));
    assertThat(pool.parameters()).isEmpty();
  }
}
