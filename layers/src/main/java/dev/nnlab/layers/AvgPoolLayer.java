package dev.nnlab.layers;

import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.PoolingGeometry;
import dev.nnlab.core.layer.Shape;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/** Average pooling: each output is its window's mean, and its gradient is shared evenly by the window. */
final class AvgPoolLayer extends PoolLayer {

  AvgPoolLayer(PoolDefinition definition, LayerContext context, PoolingGeometry geometry) {
    super(definition, context, geometry);
  }

  @Override
  public void forward(DMatrixRMaj input, DMatrixRMaj output, Mode mode, RandomGenerator random) {
    startForward(input, mode);
    output.reshape(input.numRows, outputShape().size());
    walk(input, output, false);
  }

  @Override
  public void backward(DMatrixRMaj gradient, boolean ofPreActivation, DMatrixRMaj gradInput) {
    startBackward(gradient, ofPreActivation);
    if (gradInput == null) {
      return;
    }
    gradInput.reshape(gradient.numRows, inputShape().size());
    Arrays.fill(gradInput.data, 0, gradInput.getNumElements(), 0);
    walk(gradInput, gradient, true);
  }

  /** Visits every window: outputs its mean, or (spreading) adds 1/size² of its gradient to each input. */
  private void walk(DMatrixRMaj images, DMatrixRMaj pooled, boolean spread) {
    Shape in = inputShape();
    Shape out = outputShape();
    int size = geometry.size();
    int stride = geometry.stride();
    double share = 1.0 / (size * size);
    double[] x = images.data;
    int o = 0;
    for (int n = 0; n < images.numRows; n++) {
      for (int c = 0; c < in.channels(); c++) {
        int plane = n * in.size() + c * in.height() * in.width();
        for (int i = 0; i < out.height(); i++) {
          for (int j = 0; j < out.width(); j++, o++) {
            double part = pooled.data[o] * share;
            double sum = 0;
            for (int u = 0; u < size; u++) {
              int row = plane + (i * stride + u) * in.width() + j * stride;
              for (int v = 0; v < size; v++) {
                if (spread) {
                  x[row + v] += part;
                } else {
                  sum += x[row + v];
                }
              }
            }
            if (!spread) {
              pooled.data[o] = sum * share;
            }
          }
        }
      }
    }
  }
}
