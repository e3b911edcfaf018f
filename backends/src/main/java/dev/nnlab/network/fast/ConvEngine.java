package dev.nnlab.network.fast;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Cost;
import dev.nnlab.network.backend.Arithmetic;
import dev.nnlab.network.backend.BackendRun;
import dev.nnlab.network.backend.Score;
import dev.nnlab.network.data.ArrayExamples;
import dev.nnlab.network.data.Examples;
import java.util.function.DoubleBinaryOperator;
import org.ejml.data.DMatrixRMaj;

/**
 * Mini-batch SGD through a stack of {@link FloatStage}s in single precision: a forward pass of the
 * whole mini-batch layer by layer, then a backward pass that sums the parameter gradients, then one update
 * w ← decay·w − (η/m)·Σ∂C/∂w (decay = 1 − ηλ/n with L2). Every work array is allocated here, for
 * the largest mini-batch, so the batch loop allocates nothing. The output activation, when it is not
 * element-wise (softmax), runs in double on the engine's own matrices, and then the cost must have it
 * as canonical link (δ = a − y).
 *
 * <p>Not thread-safe; one thread.
 */
final class ConvEngine implements BackendRun {

  private final Network network;
  private final Examples training;
  private final FloatStage[] stages;
  private final Cost cost;
  private final boolean fused;
  private final DoubleBinaryOperator outputGradient;
  private final Activation outputActivation;
  private final float eta;
  private final float decay;
  private final double lambdaOverN;
  private final int maxBatch;
  private final int lanes;
  private final float[] x;
  private final float[][] out;
  private final float[][] grad;
  private final DMatrixRMaj inputs;
  private final DMatrixRMaj targets;
  private final DMatrixRMaj z;
  private final DMatrixRMaj a;
  private int[] identity = new int[0];
  private int count;
  private boolean updated;

  /**
   * @param outputActivation the output activation the engine applies itself, or null when the last
   *     stage applies its own
   * @param outputGradient the cost's ∂C_x/∂a_j, unused when {@code fused}
   */
  ConvEngine(Network network, Examples training, FloatStage[] stages, Cost cost, boolean fused,
      DoubleBinaryOperator outputGradient, Activation outputActivation, double eta, double lambdaOverN,
      int maxBatch, int lanes) {
    this.network = network;
    this.training = training;
    this.stages = stages;
    this.cost = cost;
    this.fused = fused;
    this.outputGradient = outputGradient;
    this.outputActivation = outputActivation;
    this.eta = (float) eta;
    this.decay = (float) (1 - eta * lambdaOverN);
    this.lambdaOverN = lambdaOverN;
    this.maxBatch = maxBatch;
    this.lanes = lanes;
    this.x = new float[maxBatch * network.inputSize()];
    this.out = new float[stages.length][];
    this.grad = new float[stages.length][];
    for (int l = 0; l < stages.length; l++) {
      out[l] = new float[maxBatch * stages[l].outSize];
      grad[l] = new float[maxBatch * stages[l].outSize];
    }
    int outputs = network.outputSize();
    this.inputs = new DMatrixRMaj(maxBatch, network.inputSize());
    this.targets = new DMatrixRMaj(maxBatch, outputs);
    this.z = new DMatrixRMaj(maxBatch, outputs);
    this.a = new DMatrixRMaj(maxBatch, outputs);
  }

  @Override
  public String description() {
    return "float " + (lanes > 1 ? "vector " + lanes * Float.SIZE + "-bit" : "scalar")
        + " convolution kernels, 1 thread(s)";
  }

  @Override
  public Arithmetic arithmetic() {
    return new Arithmetic("float", lanes * Float.SIZE, lanes, false, 1);
  }

  @Override
  public double forwardBackward(int[] order, int from, int count) {
    this.count = count;
    this.updated = false;
    forward(training, order, from, count);
    int last = stages.length - 1;
    int n = stages[last].outSize;
    float[] g = grad[last];
    for (int k = 0; k < count * n; k++) {
      g[k] = fused
          ? (float) (a.data[k] - targets.data[k])
          : (float) outputGradient.applyAsDouble(a.data[k], targets.data[k]);
    }
    for (FloatStage stage : stages) {
      stage.clearGradients();
    }
    for (int l = last; l >= 0; l--) {
      stages[l].backward(count, l == 0 ? x : out[l - 1], grad[l], l == last && fused, l == 0 ? null : grad[l - 1]);
    }
    return cost.total(a, targets) / count;
  }

  /** Forward passes of the examples; leaves the outputs, in double, in {@code a}. */
  private void forward(Examples examples, int[] order, int from, int count) {
    examples.gather(order, from, count, inputs, targets);
    int size = inputs.numCols;
    for (int k = 0; k < count * size; k++) {
      x[k] = (float) inputs.data[k];
    }
    int last = stages.length - 1;
    stages[0].forward(count, x, out[0]);
    for (int l = 1; l <= last; l++) {
      stages[l].forward(count, out[l - 1], out[l]);
    }
    int n = stages[last].outSize;
    float[] y = out[last];
    a.reshape(count, n, false);
    if (outputActivation == null) {
      for (int k = 0; k < count * n; k++) {
        a.data[k] = y[k];
      }
    } else {
      z.reshape(count, n, false);
      for (int k = 0; k < count * n; k++) {
        z.data[k] = y[k];
      }
      outputActivation.forward(z, a);
    }
  }

  @Override
  public void update() {
    float scale = -eta / count;
    for (FloatStage stage : stages) {
      stage.update(scale, decay);
    }
    updated = true;
  }

  @Override
  public void synchronize() {
    for (int l = 0; l < stages.length; l++) {
      stages[l].storeParameters(network.layers().get(l));
    }
  }

  @Override
  public void synchronizeGradients() {
    for (int l = 0; l < stages.length; l++) {
      stages[l].storeGradients(network.layers().get(l), count, updated, eta, decay, lambdaOverN);
    }
  }

  @Override
  public Score score(Examples examples) {
    int n = examples.size();
    if (identity.length < n) {
      identity = new int[n];
      for (int i = 0; i < n; i++) {
        identity[i] = i;
      }
    }
    int correct = 0;
    double total = 0;
    for (int from = 0; from < n; from += maxBatch) {
      int chunk = Math.min(maxBatch, n - from);
      forward(examples, identity, from, chunk);
      total += cost.total(a, targets);
      for (int r = 0; r < chunk; r++) {
        if (ArrayExamples.argmax(a.data, r * a.numCols, a.numCols) == examples.label(from + r)) {
          correct++;
        }
      }
    }
    return new Score(correct, total);
  }

  @Override
  public void close() {}
}
