package dev.nnlab.layers;

import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.PoolingGeometry;
import dev.nnlab.core.layer.Shape;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * Max pooling. The forward pass records, for every output, the input index of its window's first
 * maximum in row-major order (a later equal value does not replace it); the backward pass sends
 * each output's gradient there, summing where windows overlap.
 */
final class MaxPoolLayer extends PoolLayer {

  private int[] winners = new int[0];

  MaxPoolLayer(PoolDefinition definition, LayerContext context, PoolingGeometry geometry) {
    super(definition, context, geometry);
  }

  @Override
  public void forward(DMatrixRMaj input, DMatrixRMaj output, Mode mode, RandomGenerator random) {
    startForward(input, mode);
    Shape in = inputShape();
    Shape out = outputShape();
    int batch = input.numRows;
    output.reshape(batch, out.size());
    if (winners.length < batch * out.size()) {
      winners = new int[batch * out.size()];
    }
    int size = geometry.size();
    int stride = geometry.stride();
    double[] x = input.data;
    int o = 0;
    for (int n = 0; n < batch; n++) {
      for (int c = 0; c < in.channels(); c++) {
        int plane = n * in.size() + c * in.height() * in.width();
        for (int i = 0; i < out.height(); i++) {
          for (int j = 0; j < out.width(); j++, o++) {
            int best = plane + i * stride * in.width() + j * stride;
            for (int u = 0; u < size; u++) {
              int row = plane + (i * stride + u) * in.width() + j * stride;
              for (int v = 0; v < size; v++) {
                if (x[row + v] > x[best]) {
                  best = row + v;
                }
              }
            }
            winners[o] = best;
            output.data[o] = x[best];
          }
        }
      }
    }
  }

  @Override
  public void backward(DMatrixRMaj gradient, boolean ofPreActivation, DMatrixRMaj gradInput) {
    startBackward(gradient, ofPreActivation);
    if (gradInput == null) {
      return;
    }
    gradInput.reshape(gradient.numRows, inputShape().size());
    Arrays.fill(gradInput.data, 0, gradInput.getNumElements(), 0);
    int outputs = gradient.getNumElements();
    for (int o = 0; o < outputs; o++) {
      gradInput.data[winners[o]] += gradient.data[o];
    }
  }
}
