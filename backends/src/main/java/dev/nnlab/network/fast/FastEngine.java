package dev.nnlab.network.fast;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Cost;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.ejml.data.DMatrixRMaj;

/**
 * One mini-batch of SGD in single precision, without allocating: a forward and backward pass of
 * every sample (each sample's activations and δ kept in its own row; the first layer sample by
 * sample, the layers above for the whole batch at once, with each sample's arithmetic unchanged),
 * then the update w ← f·w − (η/m)·Σ x·δᵀ applied straight into the weights — which needs no
 * gradient matrix, since after the backward pass nothing reads the old weights again, so gradients
 * are computed only for diagnostics ({@link #gradientsInto}). The sparse first layer adds sample by
 * sample (only the touched rows); the dense layers add the whole batch to each weight row while it
 * sits in registers, in sample order, so every weight still sums its terms in the same order.
 * f = 1 − ηλ/n with L2 weight decay, 1 otherwise.
 *
 * <p>With more than one thread the samples of the forward/backward phase are split between the
 * threads, and the update phase splits every layer's columns; each weight is still updated by one
 * thread in sample order, so the result is bit-identical to one thread's.
 *
 * <p>Not thread-safe; driven by the thread that created it.
 */
final class FastEngine implements AutoCloseable {

  private final FloatOps ops;
  private final FloatLayer[] layers;
  private final Cost cost;
  private final boolean fusedDelta;
  private final DoubleBinaryOperator outputGradient;
  private final float eta;
  private final float decay;
  private final TrainingInputs inputs;
  private final float[][] z;
  private final float[][] a;
  private final float[][] delta;
  private final float[][] gradA;
  private final DMatrixRMaj outputs;
  private final DMatrixRMaj targets;
  private final PhaseRunner runner;
  private final PhaseRunner.Phase forwardBackward = this::forwardBackward;
  private final PhaseRunner.Phase update = this::update;
  private int count;

  /**
   * @param fusedDelta whether the output δ is a − y (the cost's canonical link) rather than
   *     g(a, y)·f′(z)
   * @param outputGradient the cost's element-wise ∂C_x/∂a_j = g(a_j, y_j); unused when fused
   * @param lambdaOverN the L2 strength over the training-set size, 0 without decay
   */
  FastEngine(
      Network network, Cost cost, boolean fusedDelta, DoubleBinaryOperator outputGradient, double eta,
      double lambdaOverN,
      TrainingInputs inputs, int maxBatch, FloatOps ops, int threads) {
    this.ops = ops;
    List<Layer> list = network.layers();
    this.layers = new FloatLayer[list.size()];
    this.z = new float[layers.length][];
    this.a = new float[layers.length][];
    this.delta = new float[layers.length][];
    this.gradA = new float[layers.length][];
    for (int l = 0; l < layers.length; l++) {
      layers[l] = new FloatLayer(list.get(l), ops.lanes(), maxBatch);
      int size = maxBatch * layers[l].stride;
      z[l] = new float[size];
      a[l] = new float[size];
      delta[l] = new float[size];
      gradA[l] = new float[size];
    }
    this.cost = cost;
    this.fusedDelta = fusedDelta;
    this.outputGradient = outputGradient;
    this.eta = (float) eta;
    this.decay = (float) (1 - eta * lambdaOverN);
    this.inputs = inputs;
    int outputs = layers[layers.length - 1].out;
    this.outputs = new DMatrixRMaj(maxBatch, outputs);
    this.targets = new DMatrixRMaj(maxBatch, outputs);
    this.runner = new PhaseRunner(threads);
  }

  String description() {
    return "float " + ops.description() + ", " + (inputs.sparse() ? "sparse" : "dense") + " inputs (density "
        + String.format("%.3f", inputs.density()) + "), " + runner.threads() + " thread(s)";
  }

  boolean sparseInputs() {
    return inputs.sparse();
  }

  int threads() {
    return runner.threads();
  }

  FloatLayer layer(int l) {
    return layers[l];
  }

  /**
   * Forward and backward passes of examples {@code order[from] … order[from + count − 1]}; leaves
   * the weights unchanged. Returns the batch's mean cost, computed by the {@link Cost} itself.
   */
  double forwardBackward(int[] order, int from, int count) {
    inputs.load(order, from, count);
    this.count = count;
    runner.run(forwardBackward);
    int last = layers.length - 1;
    int out = layers[last].out;
    int stride = layers[last].stride;
    outputs.reshape(count, out, false);
    targets.reshape(count, out, false);
    float[] y = inputs.targets();
    for (int s = 0; s < count; s++) {
      int t = inputs.targetOffset(s);
      for (int j = 0; j < out; j++) {
        outputs.data[s * out + j] = a[last][s * stride + j];
        targets.data[s * out + j] = y[t + j];
      }
    }
    return cost.total(outputs, targets) / count;
  }

  /** Applies the update of the last {@link #forwardBackward} batch. */
  void update() {
    runner.run(update);
  }

  /**
   * The part's samples layer by layer: the sparse first layer sample by sample, the layers above
   * for all of them at once, so that their per-sample chains of multiply-adds overlap ({@link
   * FloatOps#denseForwardBatch}); each sample's arithmetic is the same as one at a time.
   */
  private void forwardBackward(int part, int parts) {
    int from = part * count / parts;
    int to = (part + 1) * count / parts;
    int last = layers.length - 1;
    FloatLayer first = layers[0];
    for (int s = from; s < to; s++) {
      inputs.forward(ops, first.w, first.stride, first.b, s, z[0], s * first.stride);
      first.activate(ops, z[0], a[0], s * first.stride);
    }
    for (int l = 1; l <= last; l++) {
      FloatLayer layer = layers[l];
      ops.denseForwardBatch(
          layer.w, layer.stride, a[l - 1], layers[l - 1].stride, layer.in, layer.b, z[l], layer.stride, from, to);
      for (int s = from; s < to; s++) {
        layer.activate(ops, z[l], a[l], s * layer.stride);
      }
    }
    for (int s = from; s < to; s++) {
      outputDelta(s);
    }
    for (int l = last; l > 0; l--) {
      FloatLayer layer = layers[l];
      FloatLayer below = layers[l - 1];
      ops.backpropagateBatch(
          layer.v, layer.inStride, layer.out, delta[l], layer.stride, gradA[l - 1], below.stride, from, to);
      for (int s = from; s < to; s++) {
        int o = s * below.stride;
        below.backward(ops, z[l - 1], a[l - 1], gradA[l - 1], delta[l - 1], o);
        ops.flushSubnormals(delta[l - 1], o, below.stride);
      }
    }
  }

  /**
   * δ of the output layer for sample s: a − y when fused, g(a, y)·f′(z) otherwise, g gathered into
   * the output's otherwise unused ∂C/∂a row so that f′ runs as the layer's (vector) backward pass.
   */
  private void outputDelta(int s) {
    int last = layers.length - 1;
    FloatLayer output = layers[last];
    float[] y = inputs.targets();
    int o = s * output.stride;
    int t = inputs.targetOffset(s);
    if (fusedDelta) {
      for (int j = 0; j < output.out; j++) {
        delta[last][o + j] = a[last][o + j] - y[t + j];
      }
    } else {
      // the row's padding stays zero: nothing else writes this layer's ∂C/∂a
      for (int j = 0; j < output.out; j++) {
        gradA[last][o + j] = (float) outputGradient.applyAsDouble(a[last][o + j], y[t + j]);
      }
      output.backward(ops, z[last], a[last], gradA[last], delta[last], o);
    }
    ops.flushSubnormals(delta[last], o, output.stride);
  }

  private void update(int part, int parts) {
    float scale = -eta / count;
    for (int l = 0; l < layers.length; l++) {
      FloatLayer layer = layers[l];
      int blocks = layer.stride / ops.lanes();
      int jFrom = part * blocks / parts * ops.lanes();
      int jTo = (part + 1) * blocks / parts * ops.lanes();
      if (jFrom == jTo) {
        continue;
      }
      if (decay != 1) {
        ops.scaleColumns(layer.w, layer.stride, layer.in, decay, jFrom, jTo);
        if (layer.v != null && jFrom < layer.out) {
          // rows [jFrom, jTo) of the output-major copy are one contiguous run
          ops.scaleColumns(
              layer.v, 0, 1, decay, jFrom * layer.inStride, Math.min(jTo, layer.out) * layer.inStride);
        }
      }
      if (l > 0) {
        int below = layers[l - 1].stride;
        ops.denseBatchUpdate(
            layer.w, layer.stride, a[l - 1], below, layer.in, count, scale, delta[l], layer.stride, jFrom, jTo);
        if (jFrom < layer.out) {
          ops.denseBatchUpdateRows(
              layer.v, layer.inStride, a[l - 1], below, count, scale, delta[l], layer.stride, jFrom,
              Math.min(jTo, layer.out));
        }
      }
      for (int s = 0; s < count; s++) {
        int o = s * layer.stride;
        if (l == 0) {
          inputs.update(ops, layer.w, layer.stride, scale, s, delta[0], o, jFrom, jTo);
        }
        ops.axpy(scale, delta[l], o, layer.b, jFrom, jTo);
      }
    }
  }

  /** Writes the current parameters into {@code network}'s double matrices. */
  void storeInto(Network network) {
    for (int l = 0; l < layers.length; l++) {
      layers[l].store(network.layers().get(l));
    }
  }

  /**
   * Writes the last batch's mean gradients (with the L2 term at the weights the batch started
   * from) into the network's parameter gradients, as the reference engine leaves them; for
   * diagnostics, so computed only on request.
   */
  void gradientsInto(Network network, double lambdaOverN) {
    for (int l = 0; l < layers.length; l++) {
      FloatLayer layer = layers[l];
      Layer target = network.layers().get(l);
      double[] gradW = target.parameters().get(0).gradient().data;
      double[] gradB = target.parameters().get(1).gradient().data;
      Arrays.fill(gradW, 0);
      Arrays.fill(gradB, 0);
      double scale = 1.0 / count;
      for (int s = 0; s < count; s++) {
        int o = s * layer.stride;
        if (l == 0) {
          inputs.accumulateOuter(s, delta[0], o, layer.out, scale, gradW);
        } else {
          int below = s * layers[l - 1].stride;
          for (int j = 0; j < layer.out; j++) {
            for (int i = 0; i < layer.in; i++) {
              gradW[j * layer.in + i] += scale * delta[l][o + j] * a[l - 1][below + i];
            }
          }
        }
        for (int j = 0; j < layer.out; j++) {
          gradB[j] += scale * delta[l][o + j];
        }
      }
      if (lambdaOverN != 0) {
        // the weights before the last update: w = (w_now + η·g_data) / (1 − ηλ/n)
        for (int j = 0; j < layer.out; j++) {
          for (int i = 0; i < layer.in; i++) {
            int k = j * layer.in + i;
            double before = (layer.w[i * layer.stride + j] + eta * gradW[k]) / decay;
            gradW[k] += lambdaOverN * before;
          }
        }
      }
    }
  }

  @Override
  public void close() {
    runner.close();
  }
}
