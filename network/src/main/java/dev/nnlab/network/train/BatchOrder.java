package dev.nnlab.network.train;

import java.util.SplittableRandom;

/**
 * The order examples are visited in. Like network.py's {@code random.shuffle(training_data)}, each
 * epoch shuffles the previous epoch's order in place (Fisher–Yates), drawing from the data-order
 * stream only, so the same seed gives the same sequence of mini-batches.
 */
public final class BatchOrder {

  private final int[] order;
  private final SplittableRandom random;

  public BatchOrder(int size, SplittableRandom random) {
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

  /** The current order; owned by this object, read-only for callers. */
  public int[] indices() {
    return order;
  }
}
