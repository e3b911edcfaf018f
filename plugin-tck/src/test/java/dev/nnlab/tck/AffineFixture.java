package dev.nnlab.tck;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.layer.DenseGeometry;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.ModeDependence;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.plugin.Configured;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * A correct layer, y = w·x + b with a scalar weight and bias, and one deliberate defect per
 * {@link Defect} so that each check of the layer kit is shown to fail.
 */
final class AffineFixture implements LayerDefinition {

  enum Defect {
    NONE,
    WRONG_INPUT_GRADIENT,
    ACCUMULATING_GRADIENT,
    WRONG_OUTPUT_WIDTH,
    MULTI_LINE_REFUSAL,
    UNSEEDED_WEIGHTS,
    SHARED_STREAM,
    UNDECLARED_NOISE,
    FALSE_MODE_DEPENDENCE,
    TRAINED_SHIFT_MOVED_IN_FORWARD,
    BUFFER_MOVED_IN_INFERENCE,
    UNPREFIXED_NAME,
    INPUT_MUTATION,
    ACCUMULATING_OUTPUT,
    BATCH_SIZE_LEAKS_INTO_ROWS,
    LYING_GEOMETRY
  }

  private final Defect defect;
  private final String spec;
  private final double scale;

  AffineFixture(Defect defect) {
    this(defect, "tck-affine", 1);
  }

  /**
   * @param spec what {@code toString()} gives: the canonical spec of the provider that made it
   * @param scale multiplies the output: y = scale·(w·x + b)
   */
  AffineFixture(Defect defect, String spec, double scale) {
    this.defect = defect;
    this.spec = spec;
    this.scale = scale;
  }

  @Override
  public Shape outputShape(Shape input) {
    if (defect == Defect.MULTI_LINE_REFUSAL && input.isFlat()) {
      throw new IllegalArgumentException("flat inputs are refused\nbecause this line breaks");
    }
    return input;
  }

  @Override
  public Layer create(LayerContext context) {
    outputShape(context.inputShape());
    return new AffineLayer(context);
  }

  @Override
  public String toString() {
    return spec;
  }

  private final class AffineLayer implements Layer {

    private final LayerContext context;
    private final Parameter weight;
    private final Parameter bias;
    private final Parameter extra;
    private final DMatrixRMaj mask = new DMatrixRMaj(1, 1);

    AffineLayer(LayerContext context) {
      this.context = context;
      String prefix = defect == Defect.UNPREFIXED_NAME ? "" : "layer" + context.position() + ".";
      this.weight = new Parameter(prefix + "weight", Parameter.Role.WEIGHTS, 1, 1);
      this.bias = new Parameter(prefix + "bias", Parameter.Role.BIASES, 1, 1);
      Parameter.Role role = defect == Defect.TRAINED_SHIFT_MOVED_IN_FORWARD ? Parameter.Role.SHIFT : Parameter.Role.BUFFER;
      this.extra = new Parameter(prefix + "running", role, 1, 1);
    }

    @Override
    public LayerDefinition definition() {
      return AffineFixture.this;
    }

    @Override
    public int position() {
      return context.position();
    }

    @Override
    public Shape inputShape() {
      return context.inputShape();
    }

    @Override
    public Shape outputShape() {
      return context.inputShape();
    }

    @Override
    public Optional<Configured<Activation>> activation() {
      return Optional.empty();
    }

    @Override
    public List<Parameter> parameters() {
      return List.of(weight, bias, extra);
    }

    @Override
    public void initialize(RandomGenerator weightStream, RandomGenerator biasStream) {
      weight.value().set(0, 0, defect == Defect.UNSEEDED_WEIGHTS ? new Random().nextGaussian() : weightStream.nextGaussian());
      bias.value().set(0, 0, (defect == Defect.SHARED_STREAM ? weightStream : biasStream).nextGaussian());
      extra.value().set(0, 0, 0);
    }

    @Override
    public void forward(DMatrixRMaj input, DMatrixRMaj output, Mode mode, RandomGenerator random) {
      int width = defect == Defect.WRONG_OUTPUT_WIDTH ? input.numCols + 1 : input.numCols;
      if (defect != Defect.ACCUMULATING_OUTPUT || output.numRows != input.numRows || output.numCols != width) {
        output.reshape(input.numRows, width);
        java.util.Arrays.fill(output.data, 0, output.getNumElements(), 0);
      }
      mask.reshape(input.numRows, input.numCols);
      double w = weight.value().get(0, 0);
      double b = bias.value().get(0, 0);
      double leak = defect == Defect.BATCH_SIZE_LEAKS_INTO_ROWS ? 0.1 * (input.numRows - 1) : 0;
      for (int i = 0; i < input.getNumElements(); i++) {
        mask.data[i] = defect == Defect.UNDECLARED_NOISE && mode == Mode.TRAINING && random.nextDouble() < 0.2 ? 0 : 1;
        output.data[i] += scale * mask.data[i] * (w * input.data[i] + b) + leak;
      }
      if (defect == Defect.INPUT_MUTATION) {
        input.data[0] += 1;
      }
      if (defect == Defect.TRAINED_SHIFT_MOVED_IN_FORWARD && mode == Mode.TRAINING
          || defect == Defect.BUFFER_MOVED_IN_INFERENCE && mode == Mode.INFERENCE) {
        extra.value().data[0] += 0.1;
      }
      last = input.copy();
    }

    private DMatrixRMaj last;

    @Override
    public void backward(DMatrixRMaj gradient, boolean ofPreActivation, DMatrixRMaj gradInput) {
      double w = weight.value().get(0, 0);
      double gradW = 0;
      double gradB = 0;
      for (int i = 0; i < last.getNumElements(); i++) {
        gradW += scale * gradient.data[i] * mask.data[i] * last.data[i];
        gradB += scale * gradient.data[i] * mask.data[i];
      }
      if (defect == Defect.ACCUMULATING_GRADIENT) {
        weight.gradient().data[0] += gradW;
      } else {
        weight.gradient().data[0] = gradW;
      }
      bias.gradient().data[0] = gradB;
      extra.gradient().data[0] = 0;
      if (gradInput == null) {
        return;
      }
      gradInput.reshape(last.numRows, last.numCols);
      double factor = scale * (defect == Defect.WRONG_INPUT_GRADIENT ? 1.01 * w : w);
      for (int i = 0; i < last.getNumElements(); i++) {
        gradInput.data[i] = factor * mask.data[i] * gradient.data[i];
      }
    }

    @Override
    public <T> Optional<T> capability(Class<T> type) {
      if (type == ModeDependence.class && defect == Defect.FALSE_MODE_DEPENDENCE) {
        return Optional.of(type.cast(new ModeDependence("claims to differ between modes")));
      }
      if (type == DenseGeometry.class && defect == Defect.LYING_GEOMETRY) {
        int n = context.inputShape().size();
        return Optional.of(type.cast(new DenseGeometry(n, n, LayerContexts.networkActivation())));
      }
      return Optional.empty();
    }
  }

  /** Every defect but NONE, for parameterised tests. */
  static List<Defect> defects() {
    List<Defect> all = new ArrayList<>(List.of(Defect.values()));
    all.remove(Defect.NONE);
    return all;
  }
}
