package dev.nnlab.tck;

import java.util.random.RandomGenerator;

/**
 * A generator that counts its draws. Every {@link RandomGenerator} method derives its values from
 * {@link #nextLong()} by default, so counting that one method counts every draw — which tells the
 * kit whether an initializer uses randomness at all.
 */
final class DrawCountingRandom implements RandomGenerator {

  private final RandomGenerator delegate;
  private long draws;

  DrawCountingRandom(RandomGenerator delegate) {
    this.delegate = delegate;
  }

  @Override
  public long nextLong() {
    draws++;
    return delegate.nextLong();
  }

  long draws() {
    return draws;
  }
}
