package dev.nnlab.layers;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.tck.LayerContexts;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** Builds stock layers from spec strings at position 1 of the kit's network (tanh, N(0, 1/fan_in)). */
final class TestLayers {

  private TestLayers() {}

  static Layer build(String spec, Shape input) {
    Layer layer = PluginCatalog.standard().layer(spec).value().create(LayerContexts.at(1, input));
    layer.initialize(new SplittableRandom(1), new SplittableRandom(2));
    return layer;
  }

  static DMatrixRMaj forward(Layer layer, DMatrixRMaj x, Mode mode) {
    DMatrixRMaj out = new DMatrixRMaj(1, 1);
    layer.forward(x, out, mode, new SplittableRandom(3));
    return out;
  }

  static DMatrixRMaj gaussian(int rows, int cols, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DMatrixRMaj m = new DMatrixRMaj(rows, cols);
    for (int i = 0; i < m.data.length; i++) {
      m.data[i] = random.nextGaussian();
    }
    return m;
  }

  static DMatrixRMaj row(double... values) {
    return new DMatrixRMaj(1, values.length, true, values);
  }
}
