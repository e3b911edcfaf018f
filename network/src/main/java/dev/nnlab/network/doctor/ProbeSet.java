package dev.nnlab.network.doctor;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Cost;
import dev.nnlab.network.data.ArrayExamples;
import dev.nnlab.network.data.Examples;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Examples spread evenly over the training set (every (n/m)-th, so a file sorted by class still
 * gives every class), on which predictions are checked after every epoch.
 *
 * @param inputs {@code m × inputSize}
 * @param targets {@code m × outputSize}
 * @param classes the number of classes, or 0 for regression
 */
public record ProbeSet(DMatrixRMaj inputs, DMatrixRMaj targets, int classes) {

  private static final int CHUNK = 100;

  /** {@code min(size, n)} examples of {@code examples}, evenly spaced. */
  public static ProbeSet of(Examples examples, int size, int classes) {
    int m = Math.min(size, examples.size());
    int[] first = new int[m];
    for (int i = 0; i < m; i++) {
      first[i] = (int) ((long) i * examples.size() / m);
    }
    DMatrixRMaj x = new DMatrixRMaj(m, examples.inputSize());
    DMatrixRMaj y = new DMatrixRMaj(m, examples.outputSize());
    examples.gather(first, 0, m, x, y);
    return new ProbeSet(x, y, classes);
  }

  public int size() {
    return inputs.numRows;
  }

  /**
   * The network's outputs for every probe example, computed {@value #CHUNK} at a time: a conv net's
   * unrolled columns for 1,000 images would not fit the launcher's heap.
   */
  public DMatrixRMaj outputs(Network network) {
    DMatrixRMaj a = new DMatrixRMaj(size(), network.outputSize());
    DMatrixRMaj part = new DMatrixRMaj(CHUNK, network.outputSize());
    for (int from = 0; from < size(); from += CHUNK) {
      int to = Math.min(size(), from + CHUNK);
      network.feedForward(CommonOps_DDRM.extract(inputs, from, to, 0, inputs.numCols), part);
      CommonOps_DDRM.insert(part, a, from, 0);
    }
    return a;
  }

  /** Mean per-example cost of the network's outputs. */
  public double cost(Network network, Cost cost) {
    return cost.total(outputs(network), targets) / size();
  }

  /**
   * The cost of the best constant guess: every output set to the mean target row (the class
   * frequencies for one-hot targets, 1/classes each when balanced). For softmax and log-likelihood
   * over K balanced classes that is −ln(1/K).
   */
  public double chanceCost(Cost cost) {
    DMatrixRMaj mean = new DMatrixRMaj(size(), targets.numCols);
    for (int j = 0; j < targets.numCols; j++) {
      double sum = 0;
      for (int i = 0; i < size(); i++) {
        sum += targets.get(i, j);
      }
      for (int i = 0; i < size(); i++) {
        mean.set(i, j, sum / size());
      }
    }
    return cost.total(mean, targets) / size();
  }

  /** The share of examples whose most common label is the most common one. */
  public double topLabelShare() {
    return topShare(targets);
  }

  /** The fraction of probe examples the network classifies right. */
  public static double accuracy(DMatrixRMaj outputs, DMatrixRMaj targets) {
    int right = 0;
    for (int i = 0; i < outputs.numRows; i++) {
      if (argmax(outputs, i) == argmax(targets, i)) {
        right++;
      }
    }
    return (double) right / outputs.numRows;
  }

  /** The share of rows whose argmax is the most common argmax. */
  public static double topShare(DMatrixRMaj rows) {
    int[] counts = new int[rows.numCols];
    for (int i = 0; i < rows.numRows; i++) {
      counts[argmax(rows, i)]++;
    }
    int top = 0;
    for (int c : counts) {
      top = Math.max(top, c);
    }
    return (double) top / rows.numRows;
  }

  private static int argmax(DMatrixRMaj m, int row) {
    return ArrayExamples.argmax(m.data, row * m.numCols, m.numCols);
  }
}
