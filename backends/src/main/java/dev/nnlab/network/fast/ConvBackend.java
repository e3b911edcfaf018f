package dev.nnlab.network.fast;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.layer.ConvolutionGeometry;
import dev.nnlab.core.layer.DenseGeometry;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.PoolingGeometry;
import dev.nnlab.core.layer.ReshapeGeometry;
import dev.nnlab.core.model.Cost;
import dev.nnlab.network.backend.Backend;
import dev.nnlab.network.backend.BackendRun;
import dev.nnlab.network.backend.TrainingJob;
import dev.nnlab.network.cost.CanonicalLinks;
import dev.nnlab.network.data.Examples;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The single-precision backend for convolutional stacks: layers that declare a
 * {@link ConvolutionGeometry}, {@link PoolingGeometry}, {@link ReshapeGeometry} or
 * {@link DenseGeometry} (element-wise activations; the last dense layer may have any activation that
 * is the cost's canonical link, as softmax is for log-likelihood), plain SGD, L2 or no weight decay,
 * no dropout, with at least one convolution or pooling layer (dense stacks are {@link FastBackend}'s).
 * It reads what the layers declare, never their classes, and runs {@link ConvEngine}.
 */
public final class ConvBackend implements Backend {

  private final FastOptions options;

  public ConvBackend(FastOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public String name() {
    return "fast-conv";
  }

  @Override
  public Optional<String> unsupported(TrainingJob job) {
    List<Layer> layers = job.network().layers();
    boolean spatial = layers.stream().anyMatch(
        layer -> layer.capability(ConvolutionGeometry.class).isPresent() || layer.capability(PoolingGeometry.class).isPresent());
    if (!spatial) {
      // dense stacks belong to FastBackend
      return Optional.of("the network has no convolution or pooling layer");
    }
    for (Layer layer : layers) {
      Optional<String> reason = unsupported(layer, layer == layers.get(layers.size() - 1), job.cost());
      if (reason.isPresent()) {
        return reason;
      }
    }
    if (job.optimizer().plainGradientStep().isEmpty()) {
      return Optional.of("the optimizer " + job.optimizer() + " declares no plain gradient step (as plain SGD does)");
    }
    if (job.regularizer().l2WeightDecay().isEmpty()) {
      return Optional.of("the regularizer " + job.regularizer() + " declares no L2 weight decay (as none and L2 do)");
    }
    if (job.dropout().rate() > 0) {
      return Optional.of("dropout is on (rate " + job.dropout().rate() + ")");
    }
    return Optional.empty();
  }

  private static Optional<String> unsupported(Layer layer, boolean last, Cost cost) {
    String name = "layer " + layer.position() + " " + layer.definition();
    Optional<ConvolutionGeometry> conv = layer.capability(ConvolutionGeometry.class);
    Optional<DenseGeometry> dense = layer.capability(DenseGeometry.class);
    boolean shapeOnly =
        layer.capability(PoolingGeometry.class).isPresent() || layer.capability(ReshapeGeometry.class).isPresent();
    if (last) {
      if (dense.isEmpty()) {
        return Optional.of(name + " is the output layer and declares no dense geometry");
      }
      Activation f = dense.get().activation().value();
      if (cost.hasCanonicalLink(f)) {
        return Optional.empty();
      }
      if (!(f instanceof ElementwiseActivation) || cost.elementwiseGradient().isEmpty()) {
        return Optional.of("the cost " + cost + " has neither an element-wise gradient on an element-wise output"
            + " activation nor the output activation " + dense.get().activation().spec() + " as its canonical link");
      }
      return Optional.empty();
    }
    if (conv.isPresent()) {
      return elementwise(name, conv.get().activation().value(), conv.get().activation().spec());
    }
    if (dense.isPresent()) {
      return elementwise(name, dense.get().activation().value(), dense.get().activation().spec());
    }
    if (shapeOnly) {
      return Optional.empty();
    }
    return Optional.of(name + " declares no convolution, pooling, reshape or dense geometry");
  }

  private static Optional<String> elementwise(String name, Activation f, String spec) {
    return f instanceof ElementwiseActivation
        ? Optional.empty()
        : Optional.of(name + "'s activation " + spec + " is not element-wise");
  }

  /**
   * Whether layer {@code l}, a convolution, leaves its activation to the max pooling above it,
   * which applies it to the pooled values: equal for an increasing activation, on a quarter of the
   * values for 2×2 windows. Only the logistic sigmoid (recognised by what it computes) is known to
   * be increasing; activations do not declare it.
   */
  private static boolean deferred(List<Layer> layers, int l) {
    if (l + 1 >= layers.size()) {
      return false;
    }
    Optional<ConvolutionGeometry> conv = layers.get(l).capability(ConvolutionGeometry.class);
    Optional<PoolingGeometry> pool = layers.get(l + 1).capability(PoolingGeometry.class);
    return conv.isPresent() && CanonicalLinks.isLogistic(conv.get().activation().value())
        && pool.isPresent() && pool.get().kind() == PoolingGeometry.Kind.MAX;
  }

  @Override
  public String describe(TrainingJob job) {
    return "fast single-precision convolution backend: float " + options.ops().description();
  }

  @Override
  public BackendRun start(TrainingJob job, Examples training) {
    Optional<String> reason = unsupported(job);
    if (reason.isPresent()) {
      throw new IllegalArgumentException("the convolution backend cannot train this job: " + reason.get());
    }
    FloatOps ops = options.ops();
    ConvKernels kernels = ConvKernelsSelector.matching(ops);
    int batch = Math.min(job.miniBatchSize(), training.size());
    List<Layer> layers = job.network().layers();
    FloatStage[] stages = new FloatStage[layers.size()];
    Activation external = null;
    for (int l = 0; l < stages.length; l++) {
      Layer layer = layers.get(l);
      Optional<ConvolutionGeometry> conv = layer.capability(ConvolutionGeometry.class);
      Optional<PoolingGeometry> pool = layer.capability(PoolingGeometry.class);
      Optional<DenseGeometry> dense = layer.capability(DenseGeometry.class);
      if (conv.isPresent()) {
        FloatActivation f = new FloatActivation((ElementwiseActivation) conv.get().activation().value());
        stages[l] = new ConvolutionStage(layer, conv.get(), deferred(layers, l) ? null : f, batch, ops, kernels);
      } else if (pool.isPresent()) {
        FloatActivation f = l > 0 && deferred(layers, l - 1)
            ? new FloatActivation((ElementwiseActivation) layers.get(l - 1).capability(ConvolutionGeometry.class)
                .orElseThrow().activation().value())
            : null;
        stages[l] = new PoolingStage(pool.get(), batch, f, ops, kernels);
      } else if (dense.isPresent()) {
        Activation f = dense.get().activation().value();
        boolean own = f instanceof ElementwiseActivation;
        if (!own) {
          external = f;
        }
        stages[l] = new DenseStage(
            layer, dense.get(), own ? new FloatActivation((ElementwiseActivation) f) : null, batch, ops, kernels);
      } else {
        stages[l] = new ReshapeStage(layer.inputShape().size());
      }
    }
    Activation output = layers.get(layers.size() - 1).capability(DenseGeometry.class).orElseThrow().activation().value();
    Cost cost = job.cost();
    boolean fused = cost.hasCanonicalLink(output);
    double lambdaOverN = job.regularizer().l2WeightDecay().getAsDouble() / training.size();
    return new ConvEngine(
        job.network(), training, stages, cost, fused, fused ? null : cost.elementwiseGradient().orElseThrow(),
        external, job.optimizer().plainGradientStep().getAsDouble(), lambdaOverN, batch, ops.lanes());
  }
}
