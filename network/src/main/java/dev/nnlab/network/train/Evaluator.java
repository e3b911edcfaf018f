package dev.nnlab.network.train;

import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.model.Regularizer;
import dev.nnlab.network.FeedForwardNetwork;
import dev.nnlab.network.engine.BatchEngine;
import org.ejml.data.DMatrixRMaj;

/**
 * Counts correct classifications and computes the cost of a network on a data set, in chunks of
 * {@value #CHUNK} examples, with buffers allocated once.
 */
public final class Evaluator {

  static final int CHUNK = 1000;

  private final FeedForwardNetwork network;
  private final Cost cost;
  private final Regularizer regularizer;
  private final BatchEngine engine;
  private final DMatrixRMaj inputs = new DMatrixRMaj(1, 1);
  private final DMatrixRMaj targets = new DMatrixRMaj(1, 1);
  private int[] identity = new int[0];

  public Evaluator(FeedForwardNetwork network, Cost cost, Regularizer regularizer) {
    this.network = network;
    this.cost = cost;
    this.regularizer = regularizer;
    this.engine = BatchEngine.forInference(network);
  }

  public Evaluation evaluate(String name, Examples examples) {
    int n = examples.size();
    if (identity.length < n) {
      identity = new int[n];
      for (int i = 0; i < n; i++) {
        identity[i] = i;
      }
    }
    int correct = 0;
    double total = 0;
    for (int from = 0; from < n; from += CHUNK) {
      int count = Math.min(CHUNK, n - from);
      examples.gather(identity, from, count, inputs, targets);
      engine.forward(inputs);
      DMatrixRMaj output = engine.output();
      total += cost.total(output, targets);
      for (int r = 0; r < count; r++) {
        if (ArrayExamples.argmax(output.data, r * output.numCols, output.numCols)
            == examples.label(from + r)) {
          correct++;
        }
      }
    }
    return new Evaluation(name, correct, n, total / n + penalty(n));
  }

  /** The regularisation term over every weight matrix, with n examples. */
  public double penalty(int n) {
    double sum = 0;
    for (Parameter p : network.parameters()) {
      if (p.role() == Parameter.Role.WEIGHTS) {
        sum += regularizer.penalty(p.value(), n);
      }
    }
    return sum;
  }
}
