package dev.nnlab.network.backend;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.Regularizer;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What a backend is asked to train.
 *
 * @param dropout inverted dropout on the outputs of every layer but the last
 * @param layerRandom the stream stochastic layers (a {@code dropout} layer) draw from in training
 * @param miniBatchSize the largest mini-batch the run will see
 */
public record TrainingJob(
    Network network,
    Cost cost,
    Optimizer optimizer,
    Regularizer regularizer,
    Dropout dropout,
    RandomGenerator layerRandom,
    int miniBatchSize) {

  public TrainingJob {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(regularizer, "regularizer");
    Objects.requireNonNull(dropout, "dropout");
    Objects.requireNonNull(layerRandom, "layerRandom");
    if (miniBatchSize < 1) {
      throw new IllegalArgumentException("mini-batch size must be >= 1, got " + miniBatchSize);
    }
  }
}
