package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.ModeDependence;
import dev.nnlab.core.layer.Shape;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class DropoutLayerTest {

  @Test
  void theBackwardPassUsesTheForwardPassesMask() {
    Layer dropout = TestLayers.build("dropout(rate=0.5)", Shape.flat(1000));
    DMatrixRMaj x = TestLayers.gaussian(2, 1000, 5);
    DMatrixRMaj out = TestLayers.forward(dropout, x, Mode.TRAINING);
    DMatrixRMaj gradInput = new DMatrixRMaj(1, 1);
    DMatrixRMaj ones = new DMatrixRMaj(2, 1000);
    ones.fill(1);
    dropout.backward(ones, false, gradInput);
    for (int i = 0; i < x.getNumElements(); i++) {
      assertThat(gradInput.data[i]).isEqualTo(out.data[i] == 0 ? 0 : 2);
    }
  }

  @Test
  void theMaskComesFromTheStreamPassedToForward() {
    Layer dropout = TestLayers.build("dropout(rate=0.3)", Shape.flat(50));
    DMatrixRMaj x = TestLayers.gaussian(4, 50, 6);
    DMatrixRMaj a = new DMatrixRMaj(1, 1);
    DMatrixRMaj b = new DMatrixRMaj(1, 1);
    DMatrixRMaj c = new DMatrixRMaj(1, 1);
    dropout.forward(x, a, Mode.TRAINING, new SplittableRandom(8));
    dropout.forward(x, b, Mode.TRAINING, new SplittableRandom(8));
    dropout.forward(x, c, Mode.TRAINING, new SplittableRandom(9));
    assertThat(b.data).containsExactly(a.data);
    assertThat(c.data).isNotEqualTo(a.data);
  }

  @Test
  void rateZeroIsTheIdentityInBothModesAndSaysSo() {
    Layer none = TestLayers.build("dropout(rate=0)", Shape.flat(5));
    DMatrixRMaj x = TestLayers.gaussian(3, 5, 7);
    assertThat(TestLayers.forward(none, x, Mode.TRAINING).data).containsExactly(x.data);
    assertThat(none.capability(ModeDependence.class)).isEmpty();
    assertThat(TestLayers.build("dropout", Shape.flat(5)).capability(ModeDependence.class))
        .hasValueSatisfying(d -> assertThat(d.difference()).contains("rate 0.5"));
  }
}
