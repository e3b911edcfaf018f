package dev.nnlab.network.fast;

import dev.nnlab.core.model.Cost;
import dev.nnlab.network.data.Examples;
import org.ejml.data.DMatrixRMaj;

/**
 * Counts correct classifications and sums the cost of one evaluation set with the fast engine's
 * current single-precision parameters, its inputs kept in their own {@link TrainingInputs} store
 * (sparse when they are). Costs are computed by the {@link Cost} in chunks of {@value #CHUNK}.
 */
final class FastEvaluator {

  private static final int CHUNK = 1000;

  private final FastEngine engine;
  private final FloatOps ops;
  private final Cost cost;
  private final Examples examples;
  private final TrainingInputs inputs;
  private final int[] identity;
  private final float[][] z;
  private final float[][] a;
  private final DMatrixRMaj outputs;
  private final DMatrixRMaj targets;

  FastEvaluator(FastEngine engine, FloatOps ops, Cost cost, Examples examples, int layers, double sparseThreshold) {
    this.engine = engine;
    this.ops = ops;
    this.cost = cost;
    this.examples = examples;
    this.inputs = new TrainingInputs(examples, CHUNK, sparseThreshold);
    this.identity = new int[examples.size()];
    for (int i = 0; i < identity.length; i++) {
      identity[i] = i;
    }
    this.z = new float[layers][];
    this.a = new float[layers][];
    for (int l = 0; l < layers; l++) {
      z[l] = new float[engine.layer(l).stride];
      a[l] = new float[engine.layer(l).stride];
    }
    int out = engine.layer(layers - 1).out;
    this.outputs = new DMatrixRMaj(CHUNK, out);
    this.targets = new DMatrixRMaj(CHUNK, out);
  }

  /** The number of examples classified correctly; {@code costSum} receives Σ C_x. */
  int evaluate(double[] costSum) {
    int last = z.length - 1;
    int out = engine.layer(last).out;
    int n = examples.size();
    int correct = 0;
    double total = 0;
    float[] y = inputs.targets();
    for (int from = 0; from < n; from += CHUNK) {
      int count = Math.min(CHUNK, n - from);
      inputs.load(identity, from, count);
      outputs.reshape(count, out, false);
      targets.reshape(count, out, false);
      for (int s = 0; s < count; s++) {
        FloatLayer first = engine.layer(0);
        inputs.forward(ops, first.w, first.stride, first.b, s, z[0], 0);
        first.activate(ops, z[0], a[0], 0);
        for (int l = 1; l <= last; l++) {
          FloatLayer layer = engine.layer(l);
          ops.denseForward(layer.w, layer.stride, a[l - 1], 0, layer.in, layer.b, z[l], 0);
          layer.activate(ops, z[l], a[l], 0);
        }
        int best = 0;
        for (int j = 0; j < out; j++) {
          outputs.data[s * out + j] = a[last][j];
          targets.data[s * out + j] = y[inputs.targetOffset(s) + j];
          if (a[last][j] > a[last][best]) {
            best = j;
          }
        }
        if (best == examples.label(from + s)) {
          correct++;
        }
      }
      total += cost.total(outputs, targets);
    }
    costSum[0] = total;
    return correct;
  }
}
