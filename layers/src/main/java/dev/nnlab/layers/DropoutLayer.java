package dev.nnlab.layers;

import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.ModeDependence;
import dev.nnlab.core.model.Parameter;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * Inverted dropout: in training each value is kept with probability 1 − rate and then divided by
 * 1 − rate, so that the expected output equals the input and inference needs no rescaling. The
 * mask, 0 or 1/(1 − rate) per value, is drawn from the stream passed to {@code forward} and kept
 * for the backward pass. Rate 0 is the identity in both modes.
 */
final class DropoutLayer extends BaseLayer {

  private final double rate;
  private final DMatrixRMaj mask = new DMatrixRMaj(1, 1);
  private boolean masked;

  DropoutLayer(DropoutProvider.Definition definition, LayerContext context) {
    super(definition, context);
    this.rate = definition.rate();
  }

  @Override
  public List<Parameter> parameters() {
    return List.of();
  }

  @Override
  public void initialize(RandomGenerator weightStream, RandomGenerator biasStream) {}

  @Override
  public void forward(DMatrixRMaj input, DMatrixRMaj output, Mode mode, RandomGenerator random) {
    startForward(input, mode);
    int n = input.getNumElements();
    output.reshape(input.numRows, input.numCols);
    masked = mode == Mode.TRAINING && rate > 0;
    if (!masked) {
      System.arraycopy(input.data, 0, output.data, 0, n);
      return;
    }
    mask.reshape(input.numRows, input.numCols);
    double kept = 1 / (1 - rate);
    for (int i = 0; i < n; i++) {
      mask.data[i] = random.nextDouble() < rate ? 0 : kept;
      output.data[i] = input.data[i] * mask.data[i];
    }
  }

  @Override
  public void backward(DMatrixRMaj gradient, boolean ofPreActivation, DMatrixRMaj gradInput) {
    startBackward(gradient, ofPreActivation);
    if (gradInput == null) {
      return;
    }
    int n = gradient.getNumElements();
    gradInput.reshape(gradient.numRows, gradient.numCols);
    for (int i = 0; i < n; i++) {
      gradInput.data[i] = masked ? gradient.data[i] * mask.data[i] : gradient.data[i];
    }
  }

  @Override
  public <T> Optional<T> capability(Class<T> type) {
    if (type == ModeDependence.class && rate > 0) {
      return Optional.of(type.cast(new ModeDependence("drops values at rate " + rate + " in training; the identity in inference")));
    }
    return Optional.empty();
  }
}
