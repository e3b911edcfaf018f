package dev.nnlab.layers;

import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.model.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * PReLU: y = x for x &gt; 0 and a_c·x otherwise, the slope a_c a learned {@link Parameter.Role#SCALE}
 * parameter, one per channel or one shared ({@code slopes × 1}). As in PyTorch, x = 0 takes the
 * slope side: ∂y/∂x = a_c there and ∂y/∂a_c = x (= 0).
 */
final class PReluLayer extends BaseLayer {

  private final double init;
  private final int area;
  private final Parameter slopes;
  private final DMatrixRMaj input = new DMatrixRMaj(1, 1);

  PReluLayer(PReluProvider.Definition definition, LayerContext context) {
    super(definition, context);
    this.init = definition.init();
    this.area = context.inputShape().height() * context.inputShape().width();
    int count = definition.channelWise() ? context.inputShape().channels() : 1;
    this.slopes = new Parameter(parameterName("slope"), Parameter.Role.SCALE, count, 1);
    initialize(null, null);
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(slopes);
  }

  /** Every slope starts at {@code init}; draws nothing. */
  @Override
  public void initialize(RandomGenerator weightStream, RandomGenerator biasStream) {
    Arrays.fill(slopes.value().data, init);
  }

  /** The slope's index for value {@code i} of a row. */
  private int slopeOf(int i) {
    return slopes.size() == 1 ? 0 : i / area;
  }

  @Override
  public void forward(DMatrixRMaj x, DMatrixRMaj output, Mode mode, RandomGenerator random) {
    startForward(x, mode);
    input.setTo(x);
    output.reshape(x.numRows, x.numCols);
    double[] a = slopes.value().data;
    for (int n = 0; n < x.numRows; n++) {
      int start = n * x.numCols;
      for (int i = 0; i < x.numCols; i++) {
        double v = x.data[start + i];
        output.data[start + i] = v > 0 ? v : a[slopeOf(i)] * v;
      }
    }
  }

  @Override
  public void backward(DMatrixRMaj gradient, boolean ofPreActivation, DMatrixRMaj gradInput) {
    startBackward(gradient, ofPreActivation);
    double[] a = slopes.value().data;
    double[] gradA = slopes.gradient().data;
    Arrays.fill(gradA, 0);
    if (gradInput != null) {
      gradInput.reshape(gradient.numRows, gradient.numCols);
    }
    for (int n = 0; n < gradient.numRows; n++) {
      int start = n * gradient.numCols;
      for (int i = 0; i < gradient.numCols; i++) {
        double v = input.data[start + i];
        double g = gradient.data[start + i];
        boolean positive = v > 0;
        if (!positive) {
          gradA[slopeOf(i)] += g * v;
        }
        if (gradInput != null) {
          gradInput.data[start + i] = positive ? g : a[slopeOf(i)] * g;
        }
      }
    }
  }
}
