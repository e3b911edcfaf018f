package dev.nnlab.tck;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.ModeDependence;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.plugin.Configured;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * Layers that take the names dropout and batch-norm and are self-consistent (gradients, modes,
 * rows) but break the semantics the names promise, one way each.
 */
final class NamedFixtures {

  private NamedFixtures() {}

  /** A shape-preserving layer without weights; subclasses compute. */
  private abstract static class Plain implements Layer, LayerDefinition {
    private final String spec;
    private LayerContext context;

    Plain(String spec) {
      this.spec = spec;
    }

    @Override
    public Shape outputShape(Shape input) {
      return input;
    }

    @Override
    public Layer create(LayerContext context) {
      Plain layer = copy();
      layer.context = context;
      return layer;
    }

    abstract Plain copy();

    @Override
    public LayerDefinition definition() {
      return this;
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
      return List.of();
    }

    @Override
    public void initialize(RandomGenerator weightStream, RandomGenerator biasStream) {}

    @Override
    public <T> Optional<T> capability(Class<T> type) {
      return type == ModeDependence.class ? Optional.of(type.cast(new ModeDependence("differs in training"))) : Optional.empty();
    }

    @Override
    public String toString() {
      return spec;
    }
  }

  /** Drops values but forgets to scale the kept ones by 1/(1 − rate). */
  static final class UnscaledDropout extends Plain {
    private final DMatrixRMaj mask = new DMatrixRMaj(1, 1);

    UnscaledDropout() {
      super("dropout(rate=0.5)");
    }

    @Override
    Plain copy() {
      return new UnscaledDropout();
    }

    @Override
    public void forward(DMatrixRMaj input, DMatrixRMaj output, Mode mode, RandomGenerator random) {
      mask.reshape(input.numRows, input.numCols);
      output.reshape(input.numRows, input.numCols);
      for (int i = 0; i < input.getNumElements(); i++) {
        mask.data[i] = mode == Mode.TRAINING && random.nextDouble() < 0.5 ? 0 : 1;
        output.data[i] = mask.data[i] * input.data[i];
      }
    }

    @Override
    public void backward(DMatrixRMaj gradient, boolean ofPreActivation, DMatrixRMaj gradInput) {
      if (gradInput != null) {
        gradInput.reshape(gradient.numRows, gradient.numCols);
        for (int i = 0; i < gradient.getNumElements(); i++) {
          gradInput.data[i] = mask.data[i] * gradient.data[i];
        }
      }
    }
  }

  /**
   * Batch normalisation of flat inputs (γ = 1, β = 0) whose running variance takes the biased
   * batch variance instead of PyTorch's unbiased one.
   */
  static final class BiasedRunningVariance extends Plain {
    private static final double EPSILON = 1e-5;
    private Parameter mean;
    private Parameter variance;
    private final DMatrixRMaj hat = new DMatrixRMaj(1, 1);
    private double[] inverse;
    private Mode mode;

    BiasedRunningVariance() {
      super("batch-norm(momentum=0.1, epsilon=1e-5)");
    }

    @Override
    Plain copy() {
      return new BiasedRunningVariance();
    }

    @Override
    public Layer create(LayerContext context) {
      BiasedRunningVariance layer = (BiasedRunningVariance) super.create(context);
      int channels = context.inputShape().size();
      layer.mean = new Parameter("layer" + context.position() + ".running_mean", Parameter.Role.BUFFER, channels, 1);
      layer.variance = new Parameter("layer" + context.position() + ".running_var", Parameter.Role.BUFFER, channels, 1);
      java.util.Arrays.fill(layer.variance.value().data, 1);
      layer.inverse = new double[channels];
      return layer;
    }

    @Override
    public Shape outputShape(Shape input) {
      if (!input.isFlat()) {
        throw new IllegalArgumentException("this fixture takes flat inputs only, got " + input);
      }
      return input;
    }

    @Override
    public List<Parameter> parameters() {
      return List.of(mean, variance);
    }

    @Override
    public void forward(DMatrixRMaj x, DMatrixRMaj output, Mode mode, RandomGenerator random) {
      this.mode = mode;
      int n = x.numRows;
      hat.reshape(n, x.numCols);
      output.reshape(n, x.numCols);
      for (int c = 0; c < x.numCols; c++) {
        double mu = mean.value().data[c];
        double var = variance.value().data[c];
        if (mode == Mode.TRAINING) {
          double sum = 0;
          double squares = 0;
          for (int r = 0; r < n; r++) {
            sum += x.get(r, c);
          }
          mu = sum / n;
          for (int r = 0; r < n; r++) {
            squares += (x.get(r, c) - mu) * (x.get(r, c) - mu);
          }
          var = squares / n;
          mean.value().data[c] = 0.9 * mean.value().data[c] + 0.1 * mu;
          variance.value().data[c] = 0.9 * variance.value().data[c] + 0.1 * var;
        }
        inverse[c] = 1 / Math.sqrt(var + EPSILON);
        for (int r = 0; r < n; r++) {
          hat.set(r, c, (x.get(r, c) - mu) * inverse[c]);
          output.set(r, c, hat.get(r, c));
        }
      }
    }

    @Override
    public void backward(DMatrixRMaj g, boolean ofPreActivation, DMatrixRMaj gradInput) {
      if (gradInput == null) {
        return;
      }
      int n = g.numRows;
      gradInput.reshape(n, g.numCols);
      for (int c = 0; c < g.numCols; c++) {
        double sum = 0;
        double dot = 0;
        for (int r = 0; r < n; r++) {
          sum += g.get(r, c);
          dot += g.get(r, c) * hat.get(r, c);
        }
        for (int r = 0; r < n; r++) {
          double value = mode == Mode.TRAINING
              ? inverse[c] * (g.get(r, c) - sum / n - hat.get(r, c) * dot / n)
              : inverse[c] * g.get(r, c);
          gradInput.set(r, c, value);
        }
      }
    }
  }
}
