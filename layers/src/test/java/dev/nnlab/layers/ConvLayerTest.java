package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.layer.ConvolutionGeometry;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.plugin.PluginCatalog;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConvLayerTest {

  /** The definition written as six nested loops (batch, filter, row, column, channel, kernel offset pair). */
  private static DMatrixRMaj naive(DMatrixRMaj x, Shape in, DMatrixRMaj w, DMatrixRMaj b, int k, int stride, int padding) {
    int filters = w.numRows;
    int oh = (in.height() + 2 * padding - k) / stride + 1;
    int ow = (in.width() + 2 * padding - k) / stride + 1;
    DMatrixRMaj z = new DMatrixRMaj(x.numRows, filters * oh * ow);
    for (int n = 0; n < x.numRows; n++) {
      for (int f = 0; f < filters; f++) {
        for (int i = 0; i < oh; i++) {
          for (int j = 0; j < ow; j++) {
            double sum = b.get(f, 0);
            for (int c = 0; c < in.channels(); c++) {
              for (int uv = 0; uv < k * k; uv++) {
                int y = i * stride + uv / k - padding;
                int xx = j * stride + uv % k - padding;
                if (y >= 0 && y < in.height() && xx >= 0 && xx < in.width()) {
                  sum += w.get(f, c * k * k + uv) * x.get(n, (c * in.height() + y) * in.width() + xx);
                }
              }
            }
            z.set(n, (f * oh + i) * ow + j, sum);
          }
        }
      }
    }
    return z;
  }

  @ParameterizedTest(name = "{0} filters, {1}×{1} kernel, stride {2}, padding {3} on {4}×{5}×{6}")
  @CsvSource({"1,1,1,0,1,4,4", "3,3,1,0,2,6,5", "2,3,2,1,3,7,7", "4,5,1,2,1,8,6", "2,2,3,0,2,9,9", "2,4,2,3,1,3,3"})
  void forwardEqualsTheNaiveLoops(int filters, int k, int stride, int padding, int channels, int h, int w) {
    Shape in = Shape.image(channels, h, w);
    Layer conv = TestLayers.build(
        "conv(filters=" + filters + ", kernel=" + k + ", stride=" + stride + ", padding=" + padding + ", activation=identity)", in);
    DMatrixRMaj x = TestLayers.gaussian(4, in.size(), 7);
    DMatrixRMaj out = TestLayers.forward(conv, x, Mode.TRAINING);
    DMatrixRMaj expected = naive(x, in, conv.parameters().get(0).value(), conv.parameters().get(1).value(), k, stride, padding);
    assertThat(out.numRows).isEqualTo(4);
    assertThat(out.numCols).isEqualTo(conv.outputShape().size()).isEqualTo(expected.numCols);
    for (int i = 0; i < expected.getNumElements(); i++) {
      assertThat(out.data[i]).as("entry %d", i).isCloseTo(expected.data[i], within(1e-12));
    }
  }

  @Test
  void appliesItsOwnActivationOrTheNetworks() {
    Shape in = Shape.image(1, 4, 4);
    DMatrixRMaj x = TestLayers.gaussian(2, in.size(), 9);
    Layer linear = TestLayers.build("conv(filters=2, kernel=3, activation=identity)", in);
    Layer inherited = TestLayers.build("conv(filters=2, kernel=3)", in);
    Layer sigmoid = TestLayers.build("conv(filters=2, kernel=3, activation=sigmoid)", in);
    DMatrixRMaj z = TestLayers.forward(linear, x, Mode.TRAINING);
    DMatrixRMaj tanh = TestLayers.forward(inherited, x, Mode.TRAINING);
    DMatrixRMaj sig = TestLayers.forward(sigmoid, x, Mode.TRAINING);
    for (int i = 0; i < z.getNumElements(); i++) {
      assertThat(tanh.data[i]).isCloseTo(Math.tanh(z.data[i]), within(1e-15));
      assertThat(sig.data[i]).isCloseTo(1 / (1 + Math.exp(-z.data[i])), within(1e-15));
    }
    assertThat(inherited.activation()).hasValueSatisfying(a -> assertThat(a.spec()).isEqualTo("tck-tanh"));
    assertThat(inherited.definition()).hasToString(
        "conv(filters=2, kernel=3, stride=1, padding=0, activation=network, weights=network, biases=network)");
  }

  @Test
  void aPreActivationGradientSkipsTheActivation() {
    Shape in = Shape.image(2, 5, 5);
    Layer a = TestLayers.build("conv(filters=3, kernel=3, stride=2, padding=1, activation=sigmoid)", in);
    Layer b = TestLayers.build("conv(filters=3, kernel=3, stride=2, padding=1, activation=sigmoid)", in);
    DMatrixRMaj x = TestLayers.gaussian(2, in.size(), 11);
    DMatrixRMaj out = TestLayers.forward(a, x, Mode.TRAINING);
    TestLayers.forward(b, x, Mode.TRAINING);
    DMatrixRMaj gradA = TestLayers.gaussian(2, out.numCols, 12);
    DMatrixRMaj gradZ = gradA.copy();
    for (int i = 0; i < gradZ.getNumElements(); i++) {
      gradZ.data[i] *= out.data[i] * (1 - out.data[i]);
    }
    DMatrixRMaj viaA = new DMatrixRMaj(1, 1);
    DMatrixRMaj viaZ = new DMatrixRMaj(1, 1);
    a.backward(gradA, false, viaA);
    b.backward(gradZ, true, viaZ);
    for (int i = 0; i < viaA.getNumElements(); i++) {
      assertThat(viaZ.data[i]).isCloseTo(viaA.data[i], within(1e-14));
    }
    for (int p = 0; p < 2; p++) {
      for (int i = 0; i < a.parameters().get(p).size(); i++) {
        assertThat(b.parameters().get(p).gradient().data[i]).isCloseTo(a.parameters().get(p).gradient().data[i], within(1e-14));
      }
    }
  }

  @Test
  void aNetworkWithoutAnActivationNeedsTheSpecToNameOne() {
    var definition = PluginCatalog.standard().layer("conv(filters=2, kernel=3)").value();
    assertThatThrownBy(() -> definition.create(new LayerContext(1, Shape.image(1, 4, 4), null, null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the spec names no activation and the network has none to give; write activation=<spec>");
    var named = PluginCatalog.standard().layer("conv(filters=2, kernel=3, activation=relu, weights=zeros, biases=zeros)").value();
    assertThat(named.create(new LayerContext(1, Shape.image(1, 4, 4), null, null, null)).activation())
        .hasValueSatisfying(a -> assertThat(a.spec()).isEqualTo("relu"));
  }

  @Test
  void declaresItsGeometryAndLayout() {
    Layer conv = TestLayers.build("conv(filters=20, kernel=5, activation=sigmoid)", Shape.image(3, 28, 28));
    assertThat(conv.outputShape()).isEqualTo(Shape.image(20, 24, 24));
    assertThat(conv.capability(ConvolutionGeometry.class)).hasValueSatisfying(g -> {
      assertThat(g.input()).isEqualTo(Shape.image(3, 28, 28));
      assertThat(g.filters()).isEqualTo(20);
      assertThat(g.kernel()).isEqualTo(5);
      assertThat(g.activation().spec()).isEqualTo("sigmoid");
    });
    assertThat(conv.parameters()).extracting(Object::toString).containsExactly("layer1.weights (20×75)", "layer1.biases (20×1)");
  }

  @Test
  void refusesAnInputOfTheWrongWidthAndABackwardBeforeForward() {
    Layer conv = TestLayers.build("conv(filters=2, kernel=3)", Shape.image(1, 4, 4));
    assertThatThrownBy(() -> conv.backward(new DMatrixRMaj(1, 8), false, null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("backward before any forward pass");
    assertThatThrownBy(() -> TestLayers.forward(conv, new DMatrixRMaj(1, 15), Mode.TRAINING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("layer 1 conv(filters=2, kernel=3, stride=1, padding=0, activation=network, weights=network,"
            + " biases=network) takes rows of 16 values (1×4×4), got 15");
  }
}
