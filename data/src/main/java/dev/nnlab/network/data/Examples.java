package dev.nnlab.network.data;

import org.ejml.data.DMatrixRMaj;

/**
 * A labelled data set the trainer draws mini-batches from: n examples, each an input row and a
 * target row. Implementations may store inputs compactly (bytes, sparse rows) and only expand the
 * rows a batch needs.
 */
public interface Examples {

  int size();

  int inputSize();

  int outputSize();

  /**
   * Copies examples {@code order[from] … order[from + count − 1]} into {@code inputs} (reshaped to
   * {@code count × inputSize}) and {@code targets} ({@code count × outputSize}). Must not allocate
   * once the matrices are large enough.
   */
  void gather(int[] order, int from, int count, DMatrixRMaj inputs, DMatrixRMaj targets);

  /** The class of example {@code index}: the position of the largest entry in its target row. */
  int label(int index);
}
