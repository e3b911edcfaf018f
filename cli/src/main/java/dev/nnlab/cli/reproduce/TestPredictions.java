package dev.nnlab.cli.reproduce;

import dev.nnlab.core.layer.Network;
import dev.nnlab.network.data.Samples;
import org.ejml.data.DMatrixRMaj;

/**
 * What a trained network answers on a set of images, per class: the basis of "stuck at one class"
 * and "learns every digit".
 *
 * @param confusion {@code confusion[label][predicted]} counts
 */
record TestPredictions(long[][] confusion) {

  /** A digit counts as learned when at least this share of its test images is classified right. */
  static final double LEARNED_RECALL = 0.5;

  private static final int CHUNK = 1000;

  static TestPredictions of(Network network, Samples samples) {
    long[][] confusion = new long[Samples.CLASSES][Samples.CLASSES];
    for (int from = 0; from < samples.size(); from += CHUNK) {
      int count = Math.min(CHUNK, samples.size() - from);
      DMatrixRMaj x = new DMatrixRMaj(count, samples.inputSize());
      samples.copyInputs(null, from, count, x);
      DMatrixRMaj out = new DMatrixRMaj(count, Samples.CLASSES);
      network.feedForward(x, out);
      for (int i = 0; i < count; i++) {
        int best = 0;
        for (int k = 1; k < Samples.CLASSES; k++) {
          if (out.get(i, k) > out.get(i, best)) {
            best = k;
          }
        }
        confusion[samples.label(from + i)][best]++;
      }
    }
    return new TestPredictions(confusion);
  }

  /** The share of all images given the most frequent answer. */
  double dominantShare() {
    long total = 0;
    long best = 0;
    for (int p = 0; p < Samples.CLASSES; p++) {
      long column = 0;
      for (long[] row : confusion) {
        column += row[p];
      }
      total += column;
      best = Math.max(best, column);
    }
    return (double) best / total;
  }

  /** Digits with recall ≥ {@link #LEARNED_RECALL} (a digit absent from the set is not counted). */
  int digitsLearned() {
    int learned = 0;
    for (int label = 0; label < Samples.CLASSES; label++) {
      long total = 0;
      for (long count : confusion[label]) {
        total += count;
      }
      if (total > 0 && (double) confusion[label][label] / total >= LEARNED_RECALL) {
        learned++;
      }
    }
    return learned;
  }
}
