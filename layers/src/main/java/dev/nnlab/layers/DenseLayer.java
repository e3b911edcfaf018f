package dev.nnlab.layers;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.layer.DenseGeometry;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.ParameterInitializers;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.plugin.Configured;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A placed {@link Dense} layer: z = x·Wᵀ + 1·bᵀ, a = f(z) for a {@code batch × in} input x. The
 * weights W are {@code units × in} (row j holds the weights into unit j, the initializer contract's
 * layout) and the biases b are {@code units × 1}; it declares {@link DenseGeometry} and
 * {@link ParameterInitializers}.
 *
 * <p>It keeps z and a of the last forward pass, and a reference to its input, which the caller
 * leaves unchanged until {@link #backward}.
 */
public final class DenseLayer implements Layer {

  private final Dense definition;
  private final int position;
  private final Shape inputShape;
  private final Shape outputShape;
  private final Fan fan;
  private final Configured<Activation> activation;
  private final Configured<Initializer> weightInitializer;
  private final Configured<Initializer> biasInitializer;
  private final Parameter weights;
  private final Parameter biases;
  private final DMatrixRMaj z = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj a = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj delta = new DMatrixRMaj(1, 1);
  private DMatrixRMaj input;

  /** A layer with zero parameters; call {@link #initialize} or set them directly. */
  DenseLayer(
      Dense definition,
      int position,
      Shape inputShape,
      Configured<Activation> activation,
      Configured<Initializer> weightInitializer,
      Configured<Initializer> biasInitializer) {
    if (position < 1) {
      throw new IllegalArgumentException("layer positions count from 1, got " + position);
    }
    this.definition = Objects.requireNonNull(definition, "definition");
    this.position = position;
    this.inputShape = Objects.requireNonNull(inputShape, "inputShape");
    this.outputShape = definition.outputShape(inputShape);
    this.fan = new Fan(inputShape.size(), definition.units());
    this.activation = Objects.requireNonNull(activation, "activation");
    this.weightInitializer = Objects.requireNonNull(weightInitializer, "weightInitializer");
    this.biasInitializer = Objects.requireNonNull(biasInitializer, "biasInitializer");
    String prefix = "layer" + position;
    this.weights = new Parameter(prefix + ".weights", Parameter.Role.WEIGHTS, fan.out(), fan.in());
    this.biases = new Parameter(prefix + ".biases", Parameter.Role.BIASES, fan.out(), 1);
  }

  @Override
  public LayerDefinition definition() {
    return definition;
  }

  @Override
  public int position() {
    return position;
  }

  @Override
  public Shape inputShape() {
    return inputShape;
  }

  @Override
  public Shape outputShape() {
    return outputShape;
  }

  @Override
  public Optional<Configured<Activation>> activation() {
    return Optional.of(activation);
  }

  /** {@code units × in}. */
  public Parameter weights() {
    return weights;
  }

  /** {@code units × 1}. */
  public Parameter biases() {
    return biases;
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(weights, biases);
  }

  @Override
  public void initialize(RandomGenerator weightStream, RandomGenerator biasStream) {
    weightInitializer.value().initialize(weights.value(), fan, weightStream);
    biasInitializer.value().initialize(biases.value(), fan, biasStream);
  }

  @Override
  public void forward(DMatrixRMaj x, DMatrixRMaj output, Mode mode, RandomGenerator random) {
    if (x.numCols != fan.in()) {
      throw new IllegalArgumentException(
          "layer " + position + " " + definition + " takes " + fan.in() + " values per example, got "
              + x.numCols);
    }
    if (x == output) {
      throw new IllegalArgumentException("layer " + position + ": the output must not alias the input");
    }
    int m = x.numRows;
    z.reshape(m, fan.out(), false);
    a.reshape(m, fan.out(), false);
    CommonOps_DDRM.multTransB(x, weights.value(), z);
    double[] zs = z.data;
    double[] bs = biases.value().data;
    int out = fan.out();
    for (int i = 0, row = 0; i < m; i++, row += out) {
      for (int j = 0; j < out; j++) {
        zs[row + j] += bs[j];
      }
    }
    activation.value().forward(z, a);
    output.reshape(m, out, false);
    System.arraycopy(a.data, 0, output.data, 0, m * out);
    input = x;
  }

  @Override
  public void backward(DMatrixRMaj gradient, boolean ofPreActivation, DMatrixRMaj gradInput) {
    if (input == null) {
      throw new IllegalStateException("layer " + position + ": backward needs a forward pass first");
    }
    if (gradient.numRows != z.numRows || gradient.numCols != z.numCols) {
      throw new IllegalArgumentException(
          "layer " + position + ": the gradient is " + gradient.numRows + "×" + gradient.numCols
              + ", the last forward pass gave " + z.numRows + "×" + z.numCols);
    }
    DMatrixRMaj d = gradient;
    if (!ofPreActivation) {
      delta.reshape(z.numRows, z.numCols, false);
      activation.value().backward(z, a, gradient, delta);
      d = delta;
    }
    CommonOps_DDRM.multTransA(d, input, weights.gradient());
    double[] ds = d.data;
    double[] gb = biases.gradient().data;
    int out = fan.out();
    Arrays.fill(gb, 0);
    for (int i = 0, row = 0; i < d.numRows; i++, row += out) {
      for (int j = 0; j < out; j++) {
        gb[j] += ds[row + j];
      }
    }
    if (gradInput != null) {
      gradInput.reshape(d.numRows, fan.in(), false);
      CommonOps_DDRM.mult(d, weights.value(), gradInput);
    }
  }

  /** z of the last forward pass, {@code batch × units}. */
  @Override
  public Optional<DMatrixRMaj> preActivation() {
    return Optional.of(z);
  }

  @Override
  public <T> Optional<T> capability(Class<T> type) {
    if (type == DenseGeometry.class) {
      return Optional.of(type.cast(new DenseGeometry(fan.in(), fan.out(), activation)));
    }
    if (type == ParameterInitializers.class) {
      return Optional.of(type.cast(new ParameterInitializers(fan, weightInitializer, biasInitializer)));
    }
    return Optional.empty();
  }

  /** E.g. {@code dense 784→30 sigmoid, weights randn, biases randn}. */
  @Override
  public String toString() {
    return "dense " + fan.in() + "→" + fan.out() + " " + activation.spec() + ", weights "
        + weightInitializer.spec() + ", biases " + biasInitializer.spec();
  }
}
