package dev.nnlab.layers;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.layer.ConvolutionGeometry;
import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.ParameterInitializers;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.plugin.Configured;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The reference convolution: im2col, then one matrix product for the whole batch.
 *
 * <p>Forward: X = im2col(x) is {@code (C·k·k) × (N·P)}, Zᵀ = W·X is {@code F × (N·P)}, and row n
 * of z is Zᵀ's columns for example n laid out filter-major, plus b; a = f(z). Backward, with
 * ∂C/∂Zᵀ gathered the same way: ∂C/∂W = ∂C/∂Zᵀ·Xᵀ, ∂C/∂b = row sums of ∂C/∂Zᵀ and
 * ∂C/∂x = fold(Wᵀ·∂C/∂Zᵀ). Work matrices grow to the largest batch seen and are reused.
 *
 * <p>It declares {@link ConvolutionGeometry} and {@link ParameterInitializers} (fan as PyTorch
 * counts it for a convolution), and keeps z of the last forward pass for audits and diagnostics.
 */
final class ConvLayer extends BaseLayer {

  private final ConvolutionGeometry geometry;
  private final Configured<Initializer> weightInit;
  private final Configured<Initializer> biasInit;
  private final Fan fan;
  private final Parameter weights;
  private final Parameter biases;
  private final ActivationStage stage;
  private final int positions;

  private final DMatrixRMaj columns = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj zt = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj z = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj gradZt = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj gradColumns = new DMatrixRMaj(1, 1);

  ConvLayer(ConvDefinition definition, LayerContext context) {
    super(definition, context);
    Shape in = context.inputShape();
    Configured<Activation> activation = definition.activation().orElse(context.activation(), "activation");
    this.geometry = new ConvolutionGeometry(
        in, definition.filters(), definition.kernel(), definition.stride(), definition.padding(), activation);
    this.weightInit = definition.weightInit().orElse(context.weightInitializer(), "weights");
    this.biasInit = definition.biasInit().orElse(context.biasInitializer(), "biases");
    int k = definition.kernel();
    this.fan = Fan.convolution(in.channels(), definition.filters(), k, k);
    this.weights = new Parameter(parameterName("weights"), Parameter.Role.WEIGHTS, definition.filters(), in.channels() * k * k);
    this.biases = new Parameter(parameterName("biases"), Parameter.Role.BIASES, definition.filters(), 1);
    this.stage = new ActivationStage(activation);
    this.positions = outputShape().height() * outputShape().width();
  }

  @Override
  public Optional<Configured<Activation>> activation() {
    return Optional.of(stage.activation());
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(weights, biases);
  }

  @Override
  public void initialize(RandomGenerator weightStream, RandomGenerator biasStream) {
    weightInit.value().initialize(weights.value(), fan, weightStream);
    biasInit.value().initialize(biases.value(), fan, biasStream);
  }

  @Override
  public void forward(DMatrixRMaj input, DMatrixRMaj output, Mode mode, RandomGenerator random) {
    startForward(input, mode);
    int batch = input.numRows;
    int filters = geometry.filters();
    int span = batch * positions;
    columns.reshape(weights.value().numCols, span);
    Im2Col.expand(input, geometry, outputShape(), columns);
    zt.reshape(filters, span);
    CommonOps_DDRM.mult(weights.value(), columns, zt);
    z.reshape(batch, filters * positions);
    double[] b = biases.value().data;
    for (int f = 0; f < filters; f++) {
      for (int n = 0; n < batch; n++) {
        System.arraycopy(zt.data, f * span + n * positions, z.data, n * z.numCols + f * positions, positions);
        int start = n * z.numCols + f * positions;
        for (int p = 0; p < positions; p++) {
          z.data[start + p] += b[f];
        }
      }
    }
    stage.forward(z, output);
  }

  @Override
  public void backward(DMatrixRMaj gradient, boolean ofPreActivation, DMatrixRMaj gradInput) {
    startBackward(gradient, ofPreActivation);
    DMatrixRMaj gradZ = stage.gradientOfZ(z, gradient, ofPreActivation);
    int batch = z.numRows;
    int filters = geometry.filters();
    int span = batch * positions;
    gradZt.reshape(filters, span);
    double[] gradB = biases.gradient().data;
    for (int f = 0; f < filters; f++) {
      double sum = 0;
      for (int n = 0; n < batch; n++) {
        int start = n * gradZ.numCols + f * positions;
        System.arraycopy(gradZ.data, start, gradZt.data, f * span + n * positions, positions);
        for (int p = 0; p < positions; p++) {
          sum += gradZ.data[start + p];
        }
      }
      gradB[f] = sum;
    }
    CommonOps_DDRM.multTransB(gradZt, columns, weights.gradient());
    if (gradInput != null) {
      gradColumns.reshape(columns.numRows, span);
      CommonOps_DDRM.multTransA(weights.value(), gradZt, gradColumns);
      gradInput.reshape(batch, inputShape().size());
      Im2Col.fold(gradColumns, geometry, outputShape(), gradInput);
    }
  }

  /**
   * z of the last forward pass, {@code batch × (filters·positions)}, laid out like the output
   * (filter-major, {@link Shape}), so a measurement can group it by channel.
   */
  @Override
  public Optional<DMatrixRMaj> preActivation() {
    return Optional.of(z);
  }

  @Override
  public <T> Optional<T> capability(Class<T> type) {
    if (type == ConvolutionGeometry.class) {
      return Optional.of(type.cast(geometry));
    }
    if (type == ParameterInitializers.class) {
      return Optional.of(type.cast(new ParameterInitializers(fan, weightInit, biasInit)));
    }
    return Optional.empty();
  }
}
