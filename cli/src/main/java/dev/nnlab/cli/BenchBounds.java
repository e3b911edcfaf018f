package dev.nnlab.cli;

import java.util.List;

/**
 * The checks {@code bench} and {@code bench-run} share with {@code train}: the same bounds, the
 * same one-line messages naming the option, the value and what is allowed, all before any work.
 */
final class BenchBounds {

  private BenchBounds() {}

  static void epochs(int epochs, int minimum) {
    if (epochs < minimum || epochs > NetworkOptions.MAX_EPOCHS) {
      throw new IllegalArgumentException("--epochs " + epochs + ": expected a whole number from " + minimum + " to "
          + NetworkOptions.MAX_EPOCHS + (minimum > 1 ? " (epoch 0 is warm-up)" : ""));
    }
  }

  static void hidden(List<Integer> hidden) {
    for (int size : hidden) {
      if (size < 1 || size > NetworkOptions.MAX_NEURONS) {
        throw new IllegalArgumentException("--hidden " + hidden + ": every layer needs 1 to "
            + NetworkOptions.MAX_NEURONS + " neurons, such as 30 or 30,30,30");
      }
    }
  }

  static void miniBatch(int miniBatch) {
    if (miniBatch < 1) {
      throw new IllegalArgumentException("--mini-batch " + miniBatch + ": expected a whole number >= 1");
    }
  }

  /** @param eta the given learning rate, or null for the network's own default */
  static void eta(Double eta) {
    if (eta != null && (!(eta > 0) || !Double.isFinite(eta))) {
      throw new IllegalArgumentException("--eta " + eta + ": expected a positive number such as 3.0");
    }
  }

  static void threads(int threads) {
    if (threads < 0 || threads > 256) {
      throw new IllegalArgumentException("--threads " + threads + ": expected 0 (automatic) to 256");
    }
  }

  static void trainSize(int trainSize) {
    int part = DataOptions.PINNED_TRAINING_IMAGES - 10_000;
    if (trainSize < 1 || trainSize > part) {
      throw new IllegalArgumentException("--train-size " + trainSize + ": expected 1 to " + part
          + " (the mnist training part)");
    }
  }
}
