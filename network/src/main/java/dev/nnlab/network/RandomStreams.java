package dev.nnlab.network;

import java.util.SplittableRandom;

/**
 * The random streams of one run, all split from a single seed in a fixed tree so that changing one
 * component changes no other component's draws: the data order, dropout masks and every layer have
 * their own child of the root, and within a layer the weights and the biases have their own child.
 * Each call returns a fresh generator at the start of its stream. The two streams a training run
 * keeps drawing from (data order, dropout) are {@link ResumableRandom}s, so a checkpoint can save
 * where they stand; they give the same draws {@code SplittableRandom} gave them before.
 */
public final class RandomStreams {

  private static final int DATA_ORDER = 0;
  private static final int DROPOUT = 1;
  private static final int FIRST_LAYER = 2;

  private final long seed;

  public RandomStreams(long seed) {
    this.seed = seed;
  }

  public long seed() {
    return seed;
  }

  /** The stream that shuffles the training set before every epoch. */
  public ResumableRandom dataOrder() {
    return resumableChild(DATA_ORDER);
  }

  /** The stream dropout masks are drawn from. */
  public ResumableRandom dropout() {
    return resumableChild(DROPOUT);
  }

  /** The stream a layer's weights are initialised from; {@code layer} counts from 0. */
  public SplittableRandom weights(int layer) {
    return layer(layer).split();
  }

  /** The stream a layer's biases are initialised from; {@code layer} counts from 0. */
  public SplittableRandom biases(int layer) {
    SplittableRandom stream = layer(layer);
    stream.split();
    return stream.split();
  }

  private SplittableRandom layer(int layer) {
    if (layer < 0) {
      throw new IllegalArgumentException("layer index must be >= 0, got " + layer);
    }
    return child(FIRST_LAYER + layer);
  }

  private SplittableRandom child(int index) {
    SplittableRandom root = new SplittableRandom(seed);
    for (int i = 0; i < index; i++) {
      root.split();
    }
    return root.split();
  }

  /** The same child as {@link #child}, by the same arithmetic. */
  private ResumableRandom resumableChild(int index) {
    ResumableRandom root = ResumableRandom.seeded(seed);
    for (int i = 0; i < index; i++) {
      root.split();
    }
    return root.split();
  }

  @Override
  public String toString() {
    return "seed " + seed;
  }
}
