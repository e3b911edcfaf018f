package dev.nnlab.network.doctor;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.Regularizer;
import dev.nnlab.network.train.TrainingEngine;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the doctor trains: the run exactly as {@code train} would do it.
 *
 * @param network makes the untrained network, the same weights every call (the run's seed)
 * @param cost the cost
 * @param optimizer the optimizer
 * @param regularizer the weight penalty
 * @param epochs passes over the training set
 * @param miniBatchSize examples per mini-batch
 * @param seed the seed of the data order
 * @param engine which backends may run it
 */
public record DoctorSetup(
    Supplier<Network> network,
    Cost cost,
    Optimizer optimizer,
    Regularizer regularizer,
    int epochs,
    int miniBatchSize,
    long seed,
    TrainingEngine engine) {

  public DoctorSetup {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(regularizer, "regularizer");
    Objects.requireNonNull(engine, "engine");
  }
}
