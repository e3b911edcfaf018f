package dev.nnlab.network;

import java.util.random.RandomGenerator;

/**
 * {@link java.util.SplittableRandom}'s SplitMix64 generator, draw for draw, with the one thing it
 * lacks: its position can be read ({@link #position()}) and a generator started at a saved
 * position ({@link #at}), so a checkpointed run continues its data order and dropout masks exactly
 * where they stopped. {@code SplittableRandom} keeps its seed and gamma private and the JDK does
 * not open them to reflection.
 *
 * <p>Only {@link #nextLong()} and {@link #nextInt()} are written here; every other draw
 * ({@code nextInt(bound)}, {@code nextDouble()}, {@code nextGaussian()}) is
 * {@link RandomGenerator}'s default built on them, as it is for {@code SplittableRandom} in Java
 * 17, so the two give the same numbers ({@code ResumableRandomTest} checks each kind of draw).
 */
public final class ResumableRandom implements RandomGenerator {

  /** The gamma of {@code new SplittableRandom(seed)}: the odd integer nearest 2^64/φ. */
  static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long seed;
  private final long gamma;

  private ResumableRandom(long seed, long gamma) {
    this.seed = seed;
    this.gamma = gamma;
  }

  /** The generator {@code new SplittableRandom(seed)} is. */
  public static ResumableRandom seeded(long seed) {
    return new ResumableRandom(seed, GOLDEN_GAMMA);
  }

  /** A generator at a position {@link #position()} returned. */
  public static ResumableRandom at(Position position) {
    if ((position.gamma() & 1) == 0) {
      throw new IllegalArgumentException("a SplitMix gamma is odd, got " + position.gamma());
    }
    return new ResumableRandom(position.seed(), position.gamma());
  }

  /**
   * Where a generator stands: the next draw is a function of these two numbers only.
   *
   * @param seed the state, advanced by {@code gamma} on every draw
   * @param gamma the odd increment, fixed for the generator's life
   */
  public record Position(long seed, long gamma) {}

  public Position position() {
    return new Position(seed, gamma);
  }

  /** A new generator on its own stream, as {@code SplittableRandom.split()} makes it; advances this one. */
  public ResumableRandom split() {
    return new ResumableRandom(nextLong(), mixGamma(nextSeed()));
  }

  @Override
  public long nextLong() {
    return mix64(nextSeed());
  }

  @Override
  public int nextInt() {
    return mix32(nextSeed());
  }

  private long nextSeed() {
    return seed += gamma;
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static int mix32(long z) {
    z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
    return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
  }

  /** Murmur3's finaliser made odd, with enough bit transitions (as SplittableRandom does). */
  private static long mixGamma(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    z = (z ^ (z >>> 33)) | 1L;
    int n = Long.bitCount(z ^ (z >>> 1));
    return (n < 24) ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
  }
}
