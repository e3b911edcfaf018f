package dev.nnlab.layers;

import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.ReshapeGeometry;
import dev.nnlab.core.model.Parameter;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/** Changes the shape only: output rows are copies of the input rows, and so are the gradients. */
final class FlattenLayer extends BaseLayer {

  FlattenLayer(LayerDefinition definition, LayerContext context) {
    super(definition, context);
  }

  @Override
  public List<Parameter> parameters() {
    return List.of();
  }

  @Override
  public <T> Optional<T> capability(Class<T> type) {
    return type == ReshapeGeometry.class
        ? Optional.of(type.cast(new ReshapeGeometry(inputShape(), outputShape())))
        : Optional.empty();
  }

  @Override
  public void initialize(RandomGenerator weightStream, RandomGenerator biasStream) {}

  @Override
  public void forward(DMatrixRMaj input, DMatrixRMaj output, Mode mode, RandomGenerator random) {
    startForward(input, mode);
    output.reshape(input.numRows, input.numCols);
    System.arraycopy(input.data, 0, output.data, 0, input.getNumElements());
  }

  @Override
  public void backward(DMatrixRMaj gradient, boolean ofPreActivation, DMatrixRMaj gradInput) {
    startBackward(gradient, ofPreActivation);
    if (gradInput != null) {
      gradInput.reshape(gradient.numRows, gradient.numCols);
      System.arraycopy(gradient.data, 0, gradInput.data, 0, gradient.getNumElements());
    }
  }
}
