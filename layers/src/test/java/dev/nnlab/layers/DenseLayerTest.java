package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.layer.DenseGeometry;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.ParameterInitializers;
import dev.nnlab.core.layer.PoolingGeometry;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.plugin.PluginCatalog;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class DenseLayerTest {

  private static final PluginCatalog CATALOG = PluginCatalog.standard();
  private static final SplittableRandom UNUSED = new SplittableRandom(0);

  private static Layer place(String spec, Shape input, String activation) {
    Layer layer =
        CATALOG.layer(spec).value().create(
            new LayerContext(2, input, CATALOG.initializer("randn"), CATALOG.initializer("randn"),
                CATALOG.activation(activation)));
    layer.initialize(new SplittableRandom(1), new SplittableRandom(2));
    return layer;
  }

  private static DMatrixRMaj uniform(long seed, int rows, int cols) {
    SplittableRandom random = new SplittableRandom(seed);
    DMatrixRMaj m = new DMatrixRMaj(rows, cols);
    for (int i = 0; i < m.data.length; i++) {
      m.data[i] = random.nextDouble(-1, 1);
    }
    return m;
  }

  @Test
  void forwardIsTheAffineMapThenTheActivation() {
    Layer layer = place("dense(units=3)", Shape.image(1, 2, 2), "tanh");
    DenseLayer dense = (DenseLayer) layer;
    DMatrixRMaj x = uniform(3, 5, 4);
    DMatrixRMaj out = new DMatrixRMaj(1, 1);
    layer.forward(x, out, Mode.INFERENCE, UNUSED);
    assertThat(out.numRows).isEqualTo(5);
    assertThat(out.numCols).isEqualTo(3);
    for (int s = 0; s < 5; s++) {
      for (int j = 0; j < 3; j++) {
        double z = dense.biases().value().get(j, 0);
        for (int i = 0; i < 4; i++) {
          z += x.get(s, i) * dense.weights().value().get(j, i);
        }
        assertThat(out.get(s, j)).isCloseTo(Math.tanh(z), within(1e-14));
        assertThat(layer.preActivation().orElseThrow().get(s, j)).isCloseTo(z, within(1e-14));
      }
    }
  }

  @Test
  void backwardMatchesFiniteDifferencesOfTheParametersAndTheInput() {
    Layer layer = place("dense(units=3, activation=sigmoid)", Shape.flat(4), "tanh");
    DMatrixRMaj x = uniform(4, 6, 4);
    DMatrixRMaj g = uniform(5, 6, 3); // ∂C/∂a for C = Σ g ⊙ a
    DMatrixRMaj out = new DMatrixRMaj(1, 1);
    layer.forward(x, out, Mode.TRAINING, UNUSED);
    DMatrixRMaj gradInput = new DMatrixRMaj(1, 1);
    layer.backward(g, false, gradInput);
    double h = 1e-6;
    for (Parameter p : layer.parameters()) {
      for (int k = 0; k < p.size(); k++) {
        double saved = p.value().data[k];
        p.value().data[k] = saved + h;
        double up = cost(layer, x, g);
        p.value().data[k] = saved - h;
        double down = cost(layer, x, g);
        p.value().data[k] = saved;
        assertThat(p.gradient().data[k]).as(p + "[" + k + "]").isCloseTo((up - down) / (2 * h), within(1e-8));
      }
    }
    for (int k = 0; k < x.data.length; k++) {
      double saved = x.data[k];
      x.data[k] = saved + h;
      double up = cost(layer, x, g);
      x.data[k] = saved - h;
      double down = cost(layer, x, g);
      x.data[k] = saved;
      assertThat(gradInput.data[k]).isCloseTo((up - down) / (2 * h), within(1e-8));
    }
  }

  @Test
  void aGradientOfThePreActivationSkipsTheActivation() {
    Layer layer = place("dense(units=2, activation=softmax)", Shape.flat(3), "sigmoid");
    DMatrixRMaj x = uniform(6, 4, 3);
    DMatrixRMaj delta = uniform(7, 4, 2);
    layer.forward(x, new DMatrixRMaj(1, 1), Mode.TRAINING, UNUSED);
    layer.backward(delta, true, null);
    DMatrixRMaj biasGradient = layer.parameters().get(1).gradient();
    for (int j = 0; j < 2; j++) {
      double sum = 0;
      for (int s = 0; s < 4; s++) {
        sum += delta.get(s, j);
      }
      assertThat(biasGradient.get(j, 0)).isCloseTo(sum, within(1e-14));
    }
  }

  private static double cost(Layer layer, DMatrixRMaj x, DMatrixRMaj g) {
    DMatrixRMaj a = new DMatrixRMaj(1, 1);
    layer.forward(x, a, Mode.TRAINING, UNUSED);
    double c = 0;
    for (int i = 0; i < a.data.length; i++) {
      c += g.data[i] * a.data[i];
    }
    return c;
  }

  @Test
  void itDeclaresItsGeometryAndInitializersAndNamesItsParametersByPosition() {
    Layer layer = place("dense(units=3, weights=xavier-normal)", Shape.image(2, 2, 2), "relu");
    DenseGeometry geometry = layer.capability(DenseGeometry.class).orElseThrow();
    assertThat(geometry.inputs()).isEqualTo(8);
    assertThat(geometry.units()).isEqualTo(3);
    assertThat(geometry.activation().spec()).isEqualTo("relu");
    ParameterInitializers initializers = layer.capability(ParameterInitializers.class).orElseThrow();
    assertThat(initializers.weights().spec()).startsWith("xavier-normal");
    assertThat(initializers.biases().spec()).isEqualTo("normal(mean=0, std=1)");
    assertThat(layer.capability(PoolingGeometry.class)).isEmpty();
    assertThat(layer.parameters()).extracting(Parameter::name).containsExactly("layer2.weights", "layer2.biases");
    assertThat(layer.outputShape()).isEqualTo(Shape.flat(3));
  }

  @Test
  void backwardBeforeAnyForwardPassIsRefused() {
    Layer layer = place("dense(units=2)", Shape.flat(3), "sigmoid");
    assertThatThrownBy(() -> layer.backward(new DMatrixRMaj(2, 2), false, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs a forward pass first");
  }
}
