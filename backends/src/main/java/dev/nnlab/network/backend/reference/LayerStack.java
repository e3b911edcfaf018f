package dev.nnlab.network.backend.reference;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.network.backend.Dropout;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * Forward and backward propagation of whole mini-batches through a network's {@link Layer}s, in
 * order, in double precision: the reference semantics every backend is checked against. Work
 * matrices are allocated once and reshaped when the batch size changes.
 *
 * <p>Backward leaves the batch-mean gradients in every layer's {@code Parameter.gradient()}. The
 * output layer gets δ = (a − y)/m as the gradient of its pre-activation when the cost declares the
 * output activation its canonical link (sigmoid + cross-entropy, softmax + log-likelihood);
 * otherwise the cost's ∂C/∂a, divided by the batch size m, goes through the layer's own backward.
 * Dropout, when on, masks the outputs of every layer but the last.
 *
 * <p>Layers are numbered from 1. Not thread-safe; one stack per thread.
 */
public final class LayerStack {

  private final Layer[] layers;
  private final int inputSize;
  private final Cost cost;
  private final boolean fused;
  private final Dropout dropout;
  private final RandomGenerator random;
  private final DMatrixRMaj[] a;
  private final DMatrixRMaj[] kept;
  private final DMatrixRMaj[] mask;
  private final DMatrixRMaj[] grad;
  private final DMatrixRMaj delta = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj outputError = new DMatrixRMaj(1, 1);
  private int batchSize = -1;
  private boolean droppedOut;
  private boolean trained;

  private LayerStack(Network network, Cost cost, Dropout dropout, RandomGenerator random) {
    List<Layer> list = network.layers();
    this.layers = list.toArray(new Layer[0]);
    this.inputSize = network.inputSize();
    this.cost = cost;
    this.dropout = Objects.requireNonNull(dropout, "dropout");
    this.random = Objects.requireNonNull(random, "random");
    int count = layers.length;
    a = new DMatrixRMaj[count];
    kept = new DMatrixRMaj[count];
    mask = new DMatrixRMaj[count];
    grad = new DMatrixRMaj[count];
    for (int l = 0; l < count; l++) {
      int out = layers[l].outputShape().size();
      a[l] = new DMatrixRMaj(1, out);
      kept[l] = new DMatrixRMaj(1, out);
      mask[l] = new DMatrixRMaj(1, out);
      grad[l] = new DMatrixRMaj(1, out);
    }
    Optional<Configured<Activation>> output = layers[count - 1].activation();
    this.fused = cost != null && output.isPresent() && cost.hasCanonicalLink(output.get().value());
  }

  /** A stack that only runs forward passes in inference mode (evaluation, diagnostics). */
  public static LayerStack forInference(Network network) {
    // inference draws nothing; the stream only honours the layer contract
    return new LayerStack(network, null, Dropout.none(), new SplittableRandom(0));
  }

  /**
   * A stack for training with {@code cost}.
   *
   * @param random the stream stochastic layers draw from in training mode
   */
  public static LayerStack forTraining(Network network, Cost cost, Dropout dropout, RandomGenerator random) {
    return new LayerStack(network, Objects.requireNonNull(cost, "cost"), dropout, random);
  }

  /** Whether the output δ is a − y (the cost's canonical link is the output activation). */
  public boolean fusedOutputDelta() {
    return fused;
  }

  /** Forward pass in inference mode, without dropout. @param x {@code m × inputSize} */
  public void forward(DMatrixRMaj x) {
    propagate(x, Mode.INFERENCE);
  }

  /** Forward pass in training mode, with dropout if this stack has it; use before backward. */
  public void forwardTraining(DMatrixRMaj x) {
    propagate(x, Mode.TRAINING);
  }

  private void propagate(DMatrixRMaj x, Mode mode) {
    if (x.numCols != inputSize) {
      throw new IllegalArgumentException(
          "input has " + x.numCols + " columns but the network takes " + inputSize);
    }
    resize(x.numRows);
    trained = mode == Mode.TRAINING;
    droppedOut = trained && dropout.enabled();
    DMatrixRMaj input = x;
    for (int l = 0; l < layers.length; l++) {
      layers[l].forward(input, a[l], mode, random);
      input = a[l];
      if (droppedOut && l < layers.length - 1) {
        applyNewMask(l);
        input = kept[l];
      }
    }
  }

  private void applyNewMask(int l) {
    double keepScale = 1 / (1 - dropout.rate());
    double[] m = mask[l].data;
    double[] in = a[l].data;
    double[] out = kept[l].data;
    int n = a[l].getNumElements();
    for (int i = 0; i < n; i++) {
      m[i] = dropout.random().nextDouble() < dropout.rate() ? 0 : keepScale;
      out[i] = in[i] * m[i];
    }
  }

  /**
   * Backpropagates the last {@link #forwardTraining} pass: writes the batch-mean ∂C/∂θ of every
   * trainable parameter into its gradient.
   *
   * @param y the targets, {@code m × outputSize}
   */
  public void backward(DMatrixRMaj y) {
    if (cost == null) {
      throw new IllegalStateException("this stack was made for inference; use forTraining");
    }
    if (!trained) {
      throw new IllegalStateException("backward needs a forwardTraining pass first");
    }
    int last = layers.length - 1;
    int outputs = layers[last].outputShape().size();
    if (y.numRows != batchSize || y.numCols != outputs) {
      throw new IllegalArgumentException(
          "backward needs " + batchSize + "×" + outputs + " targets for the forward pass's " + batchSize
              + " inputs, got " + y.numRows + "×" + y.numCols + " targets");
    }
    double scale = 1.0 / batchSize;
    double[] g = grad[last].data;
    int n = grad[last].getNumElements();
    if (fused) {
      outputError.reshape(batchSize, outputs, false);
      double[] e = outputError.data;
      double[] out = a[last].data;
      for (int i = 0; i < n; i++) {
        e[i] = out[i] - y.data[i];
        g[i] = e[i] * scale;
      }
    } else {
      cost.gradient(a[last], y, grad[last]);
      for (int i = 0; i < n; i++) {
        g[i] *= scale;
      }
    }
    for (int l = last; l >= 0; l--) {
      layers[l].backward(grad[l], l == last && fused, l > 0 ? grad[l - 1] : null);
      if (l > 0 && droppedOut) {
        multiplyInPlace(grad[l - 1], mask[l - 1]);
      }
    }
  }

  private static void multiplyInPlace(DMatrixRMaj target, DMatrixRMaj factor) {
    double[] t = target.data;
    double[] f = factor.data;
    int n = target.getNumElements();
    for (int i = 0; i < n; i++) {
      t[i] *= f[i];
    }
  }

  private void resize(int m) {
    if (m < 1) {
      throw new IllegalArgumentException("a batch needs at least one row, got " + m);
    }
    if (m == batchSize) {
      return;
    }
    for (int l = 0; l < layers.length; l++) {
      int out = layers[l].outputShape().size();
      a[l].reshape(m, out, false);
      grad[l].reshape(m, out, false);
      if (dropout.enabled()) {
        kept[l].reshape(m, out, false);
        mask[l].reshape(m, out, false);
      }
    }
    batchSize = m;
  }

  /** The last layer's outputs from the last forward pass, {@code m × outputSize}. */
  public DMatrixRMaj output() {
    return a[layers.length - 1];
  }

  /** The outputs of the layer at {@code position} (from 1) from the last forward pass, before dropout. */
  public DMatrixRMaj activation(int position) {
    return a[index(position)];
  }

  /**
   * The pre-activation z of the layer at {@code position} from the last forward pass, if the layer
   * keeps one ({@link Layer#preActivation()}).
   */
  public Optional<DMatrixRMaj> preActivation(int position) {
    return layers[index(position)].preActivation();
  }

  /**
   * δ = ∂C_x/∂z of the layer at {@code position} from the last backward pass, one row per sample
   * (not divided by the batch size), for a layer with an activation and a pre-activation; computed
   * on call into a buffer the next call overwrites.
   */
  public Optional<DMatrixRMaj> delta(int position) {
    int l = index(position);
    Layer layer = layers[l];
    Optional<DMatrixRMaj> z = layer.preActivation();
    if (z.isEmpty() || layer.activation().isEmpty()) {
      return Optional.empty();
    }
    if (l == layers.length - 1 && fused) {
      return Optional.of(outputError);
    }
    delta.reshape(batchSize, layer.outputShape().size(), false);
    layer.activation().get().value().backward(z.get(), a[l], grad[l], delta);
    double[] d = delta.data;
    for (int i = 0; i < delta.getNumElements(); i++) {
      d[i] *= batchSize;
    }
    return Optional.of(delta);
  }

  private int index(int position) {
    if (position < 1 || position > layers.length) {
      throw new IndexOutOfBoundsException(
          "layer " + position + " of " + layers.length + " (layers count from 1)");
    }
    return position - 1;
  }
}
