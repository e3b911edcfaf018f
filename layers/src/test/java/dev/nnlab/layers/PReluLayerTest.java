package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.model.Parameter;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class PReluLayerTest {

  @Test
  void learnsOneSlopePerChannel() {
    Layer prelu = TestLayers.build("prelu(init=0.1, channel_wise=true)", Shape.image(2, 1, 2));
    Parameter slopes = prelu.parameters().get(0);
    assertThat(slopes.role()).isEqualTo(Parameter.Role.SCALE);
    assertThat(slopes.value().data).containsExactly(0.1, 0.1);
    slopes.value().set(1, 0, 0.5);
    assertThat(TestLayers.forward(prelu, TestLayers.row(-1, 2, -4, 3), Mode.TRAINING).data).containsExactly(-0.1, 2, -2, 3);
    DMatrixRMaj gradInput = new DMatrixRMaj(1, 1);
    prelu.backward(TestLayers.row(1, 1, 1, 1), false, gradInput);
    assertThat(slopes.gradient().data).containsExactly(-1, -4);
    assertThat(gradInput.data).containsExactly(0.1, 1, 0.5, 1);
  }

  @Test
  void sharesOneSlopeByDefaultAndOnePerFeatureWhenFlat() {
    Layer shared = TestLayers.build("prelu", Shape.image(3, 2, 2));
    assertThat(shared.parameters()).extracting(Object::toString).containsExactly("layer1.slope (1×1)");
    assertThat(shared.parameters().get(0).value().get(0, 0)).isEqualTo(0.25);
    DMatrixRMaj out = TestLayers.forward(shared, TestLayers.gaussian(1, 12, 3), Mode.INFERENCE);
    assertThat(out.numCols).isEqualTo(12);
    assertThat(TestLayers.build("prelu(channel_wise=true)", Shape.flat(7)).parameters().get(0).value().numRows).isEqualTo(7);
  }
}
