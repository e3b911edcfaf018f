package dev.nnlab.network.backend;

import java.util.random.RandomGenerator;

/**
 * Inverted dropout on hidden layers during training: each hidden unit's output is kept with
 * probability 1 − rate and then divided by 1 − rate, so nothing needs rescaling at test time. The
 * output layer is never dropped.
 *
 * @param rate probability of dropping a unit, in [0, 1); 0 disables dropout
 * @param random the stream masks are drawn from (its own stream, see {@code RandomStreams})
 */
public record Dropout(double rate, RandomGenerator random) {

  public Dropout {
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
    }
    if (rate > 0 && random == null) {
      throw new IllegalArgumentException("dropout with rate " + rate + " needs a random stream");
    }
  }

  public static Dropout none() {
    return new Dropout(0, null);
  }

  public boolean enabled() {
    return rate > 0;
  }
}
