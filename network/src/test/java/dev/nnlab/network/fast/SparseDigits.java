package dev.nnlab.network.fast;

import dev.nnlab.network.data.ArrayExamples;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Synthetic MNIST-like examples for tests and benchmarks: 28×28 inputs, about a fifth of them
 * non-zero in a few strokes per image, values k/255 as MNIST's, and ten classes whose strokes sit in
 * different places, so that a network can learn them.
 */
final class SparseDigits {

  static final int SIDE = 28;
  static final int INPUTS = SIDE * SIDE;

  private SparseDigits() {}

  static ArrayExamples examples(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    DMatrixRMaj x = new DMatrixRMaj(n, INPUTS);
    int[] labels = new int[n];
    for (int s = 0; s < n; s++) {
      int label = random.nextInt(10);
      labels[s] = label;
      for (int stroke = 0; stroke < 4; stroke++) {
        int row = 4 + (label * 2 + stroke * 5 + random.nextInt(3)) % 20;
        int col = 4 + (label * 7 + stroke * 3 + random.nextInt(3)) % 20;
        int length = 8 + random.nextInt(8);
        boolean across = (label + stroke) % 2 == 0;
        for (int k = 0; k < length; k++) {
          for (int width = 0; width < 2; width++) {
            int r = Math.min(SIDE - 1, row + (across ? width : k));
            int c = Math.min(SIDE - 1, col + (across ? k : width));
            x.set(s, r * SIDE + c, (1 + random.nextInt(255)) / 255.0);
          }
        }
      }
    }
    return ArrayExamples.oneHot(x, labels, 10);
  }

  /** The same inputs with every zero replaced by a small positive value: dense, same learning problem. */
  static ArrayExamples densified(ArrayExamples sparse) {
    int n = sparse.size();
    DMatrixRMaj x = new DMatrixRMaj(n, INPUTS);
    DMatrixRMaj y = new DMatrixRMaj(n, 10);
    int[] identity = new int[n];
    for (int i = 0; i < n; i++) {
      identity[i] = i;
    }
    sparse.gather(identity, 0, n, x, y);
    for (int i = 0; i < x.getNumElements(); i++) {
      if (x.data[i] == 0) {
        x.data[i] = 1 / 255.0;
      }
    }
    return new ArrayExamples(x, y);
  }
}
