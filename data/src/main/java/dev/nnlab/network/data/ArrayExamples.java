package dev.nnlab.network.data;

import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/** Examples held in two dense row-major matrices, inputs {@code n × in} and targets {@code n × out}. */
public final class ArrayExamples implements Examples {

  private final DMatrixRMaj inputs;
  private final DMatrixRMaj targets;
  private final int[] labels;

  public ArrayExamples(DMatrixRMaj inputs, DMatrixRMaj targets) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(targets, "targets");
    if (inputs.numRows != targets.numRows) {
      throw new IllegalArgumentException(
          inputs.numRows + " input rows but " + targets.numRows + " target rows; one each per example");
    }
    if (inputs.numRows == 0) {
      throw new IllegalArgumentException("a data set needs at least one example");
    }
    this.inputs = inputs.copy();
    this.targets = targets.copy();
    this.labels = new int[inputs.numRows];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = argmax(targets.data, i * targets.numCols, targets.numCols);
    }
  }

  /** Examples whose targets are the one-hot encodings of {@code labels} over {@code classes}. */
  public static ArrayExamples oneHot(DMatrixRMaj inputs, int[] labels, int classes) {
    DMatrixRMaj targets = new DMatrixRMaj(labels.length, classes);
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classes) {
        throw new IllegalArgumentException(
            "label " + labels[i] + " of example " + i + " is outside [0, " + (classes - 1) + "]");
      }
      targets.set(i, labels[i], 1);
    }
    return new ArrayExamples(inputs, targets);
  }

  public static int argmax(double[] data, int offset, int length) {
    int best = 0;
    for (int j = 1; j < length; j++) {
      if (data[offset + j] > data[offset + best]) {
        best = j;
      }
    }
    return best;
  }

  @Override
  public int size() {
    return inputs.numRows;
  }

  @Override
  public int inputSize() {
    return inputs.numCols;
  }

  @Override
  public int outputSize() {
    return targets.numCols;
  }

  @Override
  public void gather(int[] order, int from, int count, DMatrixRMaj x, DMatrixRMaj y) {
    x.reshape(count, inputs.numCols, false);
    y.reshape(count, targets.numCols, false);
    for (int r = 0; r < count; r++) {
      int i = order[from + r];
      System.arraycopy(inputs.data, i * inputs.numCols, x.data, r * inputs.numCols, inputs.numCols);
      System.arraycopy(targets.data, i * targets.numCols, y.data, r * targets.numCols, targets.numCols);
    }
  }

  @Override
  public int label(int index) {
    return labels[index];
  }
}
