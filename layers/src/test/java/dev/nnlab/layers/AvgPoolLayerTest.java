package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.PoolingGeometry;
import dev.nnlab.core.layer.Shape;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class AvgPoolLayerTest {

  @Test
  void averagesEachWindowAndSharesItsGradientEvenly() {
    Layer pool = TestLayers.build("avg-pool(size=2, stride=1)", Shape.image(1, 2, 3));
    DMatrixRMaj x = TestLayers.row(1, 2, 3, 4, 5, 6);
    assertThat(TestLayers.forward(pool, x, Mode.TRAINING).data).containsExactly(3, 4);
    DMatrixRMaj gradInput = new DMatrixRMaj(1, 1);
    pool.backward(TestLayers.row(4, 8), false, gradInput);
    assertThat(gradInput.data).containsExactly(1, 3, 2, 1, 3, 2);
    assertThat(pool.capability(PoolingGeometry.class)).hasValueSatisfying(g -> assertThat(g.kind()).isEqualTo(PoolingGeometry.Kind.AVERAGE));
  }

  @Test
  void strideDefaultsToTheWindow() {
    assertThat(TestLayers.build("avg-pool(size=2)", Shape.image(3, 28, 28)).outputShape()).isEqualTo(Shape.image(3, 14, 14));
    assertThat(TestLayers.build("avg-pool(size=2)", Shape.image(1, 4, 4)).definition()).hasToString("avg-pool(size=2, stride=size)");
  }
}
