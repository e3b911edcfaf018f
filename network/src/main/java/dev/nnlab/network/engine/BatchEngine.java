package dev.nnlab.network.engine;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.model.Cost;
import dev.nnlab.network.DenseLayer;
import dev.nnlab.network.FeedForwardNetwork;
import java.util.List;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * Forward and backward propagation of whole mini-batches through a {@link FeedForwardNetwork}: one
 * matrix product per layer and direction, work matrices allocated once and reshaped when the batch
 * size changes (they only grow), so the batch loop does not allocate.
 *
 * <p>Backward writes the batch-mean gradients into every layer's {@code Parameter.gradient()}. The
 * output layer's δ = ∂C/∂z is a − y when the cost declares the output activation its canonical
 * link (sigmoid + cross-entropy, softmax + log-likelihood); otherwise the cost's ∂C/∂a is passed
 * through the activation's {@code backward}.
 *
 * <p>Not thread-safe; one engine per thread.
 */
public final class BatchEngine {

  private final DenseLayer[] layers;
  private final Activation[] activations;
  private final DenseKernel kernel;
  private final Cost cost;
  private final boolean fused;
  private final Dropout dropout;
  private final DMatrixRMaj[] z;
  private final DMatrixRMaj[] a;
  private final DMatrixRMaj[] kept;
  private final DMatrixRMaj[] mask;
  private final DMatrixRMaj[] delta;
  private final DMatrixRMaj[] gradA;
  private int batchSize = -1;
  private boolean droppedOut;

  private BatchEngine(FeedForwardNetwork network, DenseKernel kernel, Cost cost, Dropout dropout) {
    List<DenseLayer> list = network.layers();
    int count = list.size();
    this.layers = list.toArray(new DenseLayer[0]);
    this.activations = new Activation[count];
    this.kernel = Objects.requireNonNull(kernel, "kernel");
    this.cost = cost;
    this.dropout = Objects.requireNonNull(dropout, "dropout");
    z = new DMatrixRMaj[count];
    a = new DMatrixRMaj[count];
    kept = new DMatrixRMaj[count];
    mask = new DMatrixRMaj[count];
    delta = new DMatrixRMaj[count];
    gradA = new DMatrixRMaj[count];
    for (int l = 0; l < count; l++) {
      activations[l] = layers[l].activation().value();
      int out = layers[l].outputSize();
      z[l] = new DMatrixRMaj(1, out);
      a[l] = new DMatrixRMaj(1, out);
      kept[l] = new DMatrixRMaj(1, out);
      mask[l] = new DMatrixRMaj(1, out);
      delta[l] = new DMatrixRMaj(1, out);
      gradA[l] = new DMatrixRMaj(1, out);
    }
    this.fused = cost != null && cost.hasCanonicalLink(activations[count - 1]);
  }

  /** An engine that only runs forward passes (evaluation, diagnostics). */
  public static BatchEngine forInference(FeedForwardNetwork network) {
    return new BatchEngine(network, EjmlDenseKernel.INSTANCE, null, Dropout.none());
  }

  /** An engine for training with {@code cost}, using the reference kernel. */
  public static BatchEngine forTraining(FeedForwardNetwork network, Cost cost, Dropout dropout) {
    return forTraining(network, cost, dropout, EjmlDenseKernel.INSTANCE);
  }

  /** An engine for training with {@code cost} and the given kernel. */
  public static BatchEngine forTraining(
      FeedForwardNetwork network, Cost cost, Dropout dropout, DenseKernel kernel) {
    return new BatchEngine(network, kernel, Objects.requireNonNull(cost, "cost"), dropout);
  }

  /** Whether the output δ is computed as a − y (the cost's canonical link). */
  public boolean fusedOutputDelta() {
    return fused;
  }

  /** Forward pass without dropout. @param x {@code m × inputSize} */
  public void forward(DMatrixRMaj x) {
    propagate(x, false);
  }

  /** Forward pass with dropout on hidden layers, if this engine has any; use before backward. */
  public void forwardTraining(DMatrixRMaj x) {
    propagate(x, dropout.enabled());
  }

  private void propagate(DMatrixRMaj x, boolean drop) {
    if (x.numCols != layers[0].inputSize()) {
      throw new IllegalArgumentException(
          "input has " + x.numCols + " columns but the network takes " + layers[0].inputSize());
    }
    resize(x.numRows);
    droppedOut = drop;
    DMatrixRMaj input = x;
    for (int l = 0; l < layers.length; l++) {
      kernel.forward(input, layers[l].weights().value(), layers[l].biases().value(), z[l]);
      activations[l].forward(z[l], a[l]);
      input = a[l];
      if (drop && l < layers.length - 1) {
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
   * Backpropagates the last {@link #forwardTraining} pass: writes the batch-mean ∂C/∂W and ∂C/∂b
   * of every layer into its parameters' gradients.
   *
   * @param x the same input given to the forward pass
   * @param y the targets, {@code m × outputSize}
   */
  public void backward(DMatrixRMaj x, DMatrixRMaj y) {
    if (cost == null) {
      throw new IllegalStateException("this engine was made for inference; use forTraining");
    }
    int last = layers.length - 1;
    if (x.numRows != batchSize || y.numRows != batchSize || y.numCols != layers[last].outputSize()) {
      throw new IllegalArgumentException(
          "backward needs the forward pass's " + batchSize + " inputs and " + batchSize + "×"
              + layers[last].outputSize() + " targets, got " + x.numRows + " inputs and "
              + y.numRows + "×" + y.numCols + " targets");
    }
    if (fused) {
      subtract(a[last], y, delta[last]);
    } else {
      cost.gradient(a[last], y, gradA[last]);
      activations[last].backward(z[last], a[last], gradA[last], delta[last]);
    }
    double scale = 1.0 / batchSize;
    for (int l = last; l >= 0; l--) {
      DenseLayer layer = layers[l];
      DMatrixRMaj input = l == 0 ? x : layerOutput(l - 1);
      kernel.gradients(delta[l], input, scale, layer.weights().gradient(), layer.biases().gradient());
      if (l > 0) {
        kernel.backpropagate(delta[l], layer.weights().value(), gradA[l - 1]);
        if (droppedOut) {
          multiplyInPlace(gradA[l - 1], mask[l - 1]);
        }
        activations[l - 1].backward(z[l - 1], a[l - 1], gradA[l - 1], delta[l - 1]);
      }
    }
  }

  private DMatrixRMaj layerOutput(int l) {
    return droppedOut && l < layers.length - 1 ? kept[l] : a[l];
  }

  private static void subtract(DMatrixRMaj left, DMatrixRMaj right, DMatrixRMaj out) {
    double[] l = left.data;
    double[] r = right.data;
    double[] o = out.data;
    int n = left.getNumElements();
    for (int i = 0; i < n; i++) {
      o[i] = l[i] - r[i];
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
      int out = layers[l].outputSize();
      z[l].reshape(m, out, false);
      a[l].reshape(m, out, false);
      delta[l].reshape(m, out, false);
      gradA[l].reshape(m, out, false);
      if (dropout.enabled()) {
        kept[l].reshape(m, out, false);
        mask[l].reshape(m, out, false);
      }
    }
    batchSize = m;
  }

  /** The output layer's activations from the last forward pass, {@code m × outputSize}. */
  public DMatrixRMaj output() {
    return a[layers.length - 1];
  }

  /** Layer {@code l}'s pre-activations z from the last forward pass (l from 0). */
  public DMatrixRMaj preActivation(int l) {
    return z[l];
  }

  /** Layer {@code l}'s activations f(z) from the last forward pass, before any dropout. */
  public DMatrixRMaj activation(int l) {
    return a[l];
  }

  /** Layer {@code l}'s δ = ∂C_x/∂z from the last backward pass, one row per sample. */
  public DMatrixRMaj delta(int l) {
    return delta[l];
  }
}
