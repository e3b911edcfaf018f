package dev.nnlab.layers;

import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.ModeDependence;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.model.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * Batch normalisation per channel c over its m = batch·H·W values (per feature for a flat input,
 * whose channels are its features): x̂ = (x − μ)/√(σ² + ε), y = γ·x̂ + β.
 *
 * <p>Training uses the batch's mean μ and biased variance σ², and updates the running estimates as
 * PyTorch does: mean ← (1 − momentum)·mean + momentum·μ, var ← (1 − momentum)·var +
 * momentum·σ²·m/(m − 1). Inference uses the running estimates. Backward in training goes through
 * the batch statistics: ∂C/∂x = γ/(m·√(σ² + ε))·(m·g − Σg − x̂·Σ(g·x̂)) with g = ∂C/∂y; after an
 * inference pass the statistics are constants and ∂C/∂x = γ·g/√(var + ε).
 */
final class BatchNormLayer extends BaseLayer {

  private final double momentum;
  private final double epsilon;
  private final int channels;
  private final int area;
  private final Parameter gamma;
  private final Parameter beta;
  private final Parameter runningMean;
  private final Parameter runningVar;
  private final DMatrixRMaj normalised = new DMatrixRMaj(1, 1);
  /** 1/√(σ² + ε) per channel, of the statistics the last forward pass used. */
  private final double[] inverseDeviation;

  BatchNormLayer(BatchNormProvider.Definition definition, LayerContext context) {
    super(definition, context);
    Shape in = context.inputShape();
    this.momentum = definition.momentum();
    this.epsilon = definition.epsilon();
    this.channels = in.channels();
    this.area = in.height() * in.width();
    this.gamma = new Parameter(parameterName("gamma"), Parameter.Role.SCALE, channels, 1);
    this.beta = new Parameter(parameterName("beta"), Parameter.Role.SHIFT, channels, 1);
    this.runningMean = new Parameter(parameterName("running_mean"), Parameter.Role.BUFFER, channels, 1);
    this.runningVar = new Parameter(parameterName("running_var"), Parameter.Role.BUFFER, channels, 1);
    this.inverseDeviation = new double[channels];
    initialize(null, null);
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(gamma, beta, runningMean, runningVar);
  }

  /** γ = 1, β = 0, running mean 0 and variance 1, as PyTorch; draws nothing. */
  @Override
  public void initialize(RandomGenerator weightStream, RandomGenerator biasStream) {
    Arrays.fill(gamma.value().data, 1);
    Arrays.fill(beta.value().data, 0);
    Arrays.fill(runningMean.value().data, 0);
    Arrays.fill(runningVar.value().data, 1);
  }

  @Override
  public void forward(DMatrixRMaj input, DMatrixRMaj output, Mode mode, RandomGenerator random) {
    startForward(input, mode);
    int batch = input.numRows;
    int m = batch * area;
    if (mode == Mode.TRAINING && m < 2) {
      throw new IllegalArgumentException(
          "batch-norm in training needs more than one value per channel, got a batch of " + batch + " × " + area);
    }
    normalised.reshape(batch, input.numCols);
    output.reshape(batch, input.numCols);
    double[] x = input.data;
    for (int c = 0; c < channels; c++) {
      double mean;
      if (mode == Mode.TRAINING) {
        double sum = 0;
        for (int n = 0; n < batch; n++) {
          int start = n * input.numCols + c * area;
          for (int p = 0; p < area; p++) {
            sum += x[start + p];
          }
        }
        mean = sum / m;
        double squares = 0;
        for (int n = 0; n < batch; n++) {
          int start = n * input.numCols + c * area;
          for (int p = 0; p < area; p++) {
            double d = x[start + p] - mean;
            squares += d * d;
          }
        }
        double variance = squares / m;
        inverseDeviation[c] = 1 / Math.sqrt(variance + epsilon);
        runningMean.value().data[c] = (1 - momentum) * runningMean.value().data[c] + momentum * mean;
        runningVar.value().data[c] = (1 - momentum) * runningVar.value().data[c] + momentum * squares / (m - 1);
      } else {
        mean = runningMean.value().data[c];
        inverseDeviation[c] = 1 / Math.sqrt(runningVar.value().data[c] + epsilon);
      }
      double g = gamma.value().data[c];
      double b = beta.value().data[c];
      for (int n = 0; n < batch; n++) {
        int start = n * input.numCols + c * area;
        for (int p = 0; p < area; p++) {
          double hat = (x[start + p] - mean) * inverseDeviation[c];
          normalised.data[start + p] = hat;
          output.data[start + p] = g * hat + b;
        }
      }
    }
  }

  @Override
  public void backward(DMatrixRMaj gradient, boolean ofPreActivation, DMatrixRMaj gradInput) {
    Mode mode = startBackward(gradient, ofPreActivation);
    int batch = gradient.numRows;
    int width = gradient.numCols;
    double m = batch * area;
    double[] g = gradient.data;
    double[] hat = normalised.data;
    if (gradInput != null) {
      gradInput.reshape(batch, width);
    }
    for (int c = 0; c < channels; c++) {
      double sum = 0;
      double dot = 0;
      for (int n = 0; n < batch; n++) {
        int start = n * width + c * area;
        for (int p = 0; p < area; p++) {
          sum += g[start + p];
          dot += g[start + p] * hat[start + p];
        }
      }
      beta.gradient().data[c] = sum;
      gamma.gradient().data[c] = dot;
      if (gradInput == null) {
        continue;
      }
      double scale = gamma.value().data[c] * inverseDeviation[c];
      for (int n = 0; n < batch; n++) {
        int start = n * width + c * area;
        for (int p = 0; p < area; p++) {
          int i = start + p;
          gradInput.data[i] = mode == Mode.TRAINING
              ? scale * (g[i] - sum / m - hat[i] * dot / m)
              : scale * g[i];
        }
      }
    }
  }

  @Override
  public <T> Optional<T> capability(Class<T> type) {
    if (type == ModeDependence.class) {
      return Optional.of(type.cast(new ModeDependence(
          "normalises with the batch's statistics in training, with the running ones in inference")));
    }
    return Optional.empty();
  }
}
