package dev.nnlab.cli.reproduce;

import dev.nnlab.core.layer.Network;
import java.util.List;

/**
 * One trained seed of one configuration.
 *
 * @param seed the run's seed
 * @param test test accuracy after each epoch (index 0: after the first epoch, network.py's
 *     "Epoch 0")
 * @param validation validation accuracy after each epoch, empty when not evaluated
 * @param trainingCost mean mini-batch training cost of each epoch
 * @param network the trained network
 * @param diverged why training stopped early, or null
 */
public record SeedRun(
    long seed,
    List<Double> test,
    List<Double> validation,
    List<Double> trainingCost,
    Network network,
    String diverged) {

  public SeedRun {
    test = List.copyOf(test);
    validation = List.copyOf(validation);
    trainingCost = List.copyOf(trainingCost);
  }

  /** The best test accuracy over the epochs, as Nielsen reports it. */
  public double bestTest() {
    return test.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /**
   * The test accuracy of the epoch with the best validation accuracy, as network3.py reports it (its
   * {@code >=} makes the last of tied epochs win); NaN without validation.
   */
  public double testAtBestValidation() {
    int best = -1;
    for (int epoch = 0; epoch < validation.size() && epoch < test.size(); epoch++) {
      if (best < 0 || validation.get(epoch) >= validation.get(best)) {
        best = epoch;
      }
    }
    return best < 0 ? Double.NaN : test.get(best);
  }
}
