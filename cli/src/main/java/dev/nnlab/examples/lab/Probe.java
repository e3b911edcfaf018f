package dev.nnlab.examples.lab;

import dev.nnlab.network.data.Examples;
import dev.nnlab.network.data.Samples;
import org.ejml.data.DMatrixRMaj;

/**
 * The audit's probe batch: the first examples of the training part, their pixels and one-hot
 * targets.
 *
 * @param inputs {@code m × 784}
 * @param targets {@code m × 10}
 */
public record Probe(DMatrixRMaj inputs, DMatrixRMaj targets) {

  /** The first {@code min(size, training size)} training examples. */
  public static Probe of(Samples train, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("--probe-size " + size + ": expected a whole number >= 1");
    }
    int m = Math.min(size, train.size());
    DMatrixRMaj x = new DMatrixRMaj(m, train.inputSize());
    DMatrixRMaj y = new DMatrixRMaj(m, Samples.CLASSES);
    train.copyInputs(null, 0, m, x);
    train.copyOneHot(null, 0, m, y);
    return new Probe(x, y);
  }

  /** The first {@code min(size, n)} examples of any source (a CSV table, IDX files), with their own targets. */
  public static Probe of(Examples train, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("--probe-size " + size + ": expected a whole number >= 1");
    }
    int m = Math.min(size, train.size());
    int[] first = new int[m];
    for (int i = 0; i < m; i++) {
      first[i] = i;
    }
    DMatrixRMaj x = new DMatrixRMaj(m, train.inputSize());
    DMatrixRMaj y = new DMatrixRMaj(m, train.outputSize());
    train.gather(first, 0, m, x, y);
    return new Probe(x, y);
  }

  public int size() {
    return inputs.numRows;
  }
}
