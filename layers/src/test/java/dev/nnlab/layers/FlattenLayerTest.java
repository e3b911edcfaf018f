package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.Shape;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class FlattenLayerTest {

  @Test
  void changesTheShapeAndNotTheData() {
    Layer flatten = TestLayers.build("flatten", Shape.image(20, 12, 12));
    assertThat(flatten.outputShape()).isEqualTo(Shape.flat(2880));
    DMatrixRMaj x = TestLayers.gaussian(2, 2880, 4);
    DMatrixRMaj out = TestLayers.forward(flatten, x, Mode.TRAINING);
    assertThat(out.data).containsExactly(x.data);
    assertThat(out).isNotSameAs(x);
    DMatrixRMaj gradInput = new DMatrixRMaj(1, 1);
    flatten.backward(out, false, gradInput);
    assertThat(gradInput.data).containsExactly(x.data);
    assertThat(flatten.parameters()).isEmpty();
  }
}
