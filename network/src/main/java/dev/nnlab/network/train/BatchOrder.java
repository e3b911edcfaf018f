package dev.nnlab.network.train;

import java.util.random.RandomGenerator;

/**
 * The order examples are visited in. Like network.py's {@code random.shuffle(training_data)}, each
 * epoch shuffles the previous epoch's order in place (Fisher–Yates), drawing from the data-order
 * stream only, so the same seed gives the same sequence of mini-batches.
 */
public final class BatchOrder {

  private final int[] order;
  private final RandomGenerator random;

  public BatchOrder(int size, RandomGenerator random) {
    if (size < 1) {
      throw new IllegalArgumentException("cannot order " + size + " examples");
    }
    this.order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    this.random = random;
  }

  /** Shuffles the current order in place. */
  public void shuffle() {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }

  /**
   * Puts back an order {@link #indices()} gave (saved by a checkpoint): each shuffle permutes the
   * previous epoch's order, so a resumed run needs it as well as the stream's position.
   */
  void restore(int[] saved) {
    if (saved.length != order.length) {
      throw new IllegalArgumentException(
          "the saved order has " + saved.length + " examples, this training set " + order.length);
    }
    boolean[] seen = new boolean[order.length];
    for (int index : saved) {
      if (index < 0 || index >= order.length || seen[index]) {
        throw new IllegalArgumentException("the saved order is not a permutation of 0.." + (order.length - 1));
      }
      seen[index] = true;
    }
    System.arraycopy(saved, 0, order, 0, order.length);
  }

  /** The current order; owned by this object, read-only for callers. */
  public int[] indices() {
    return order;
  }
}
