package dev.nnlab.cli.lab;

import dev.nnlab.cli.charts.Histogram;
import java.util.List;

/**
 * What one (configuration, seed) run produced.
 *
 * @param configuration the configuration's label, e.g. {@code init=rand}
 * @param seed the run's seed
 * @param testAccuracy test accuracy after epoch k at index k; index 0 is before training
 * @param trainingCost mean training cost of epoch k at index k (index 0 is NaN: no epoch yet)
 * @param layers per epoch (index as above), one point per layer
 * @param verdict the audit's findings before training, worst first, as "SEVERITY: message"
 * @param initialWeights histogram of the first layer's initial weights
 * @param diverged why the run stopped early, or null
 * @param seconds wall time of the run
 */
public record RunResult(
    String configuration,
    long seed,
    List<Double> testAccuracy,
    List<Double> trainingCost,
    List<List<LayerPoint>> layers,
    List<String> verdict,
    Histogram initialWeights,
    String diverged,
    double seconds) {

  public RunResult {
    testAccuracy = List.copyOf(testAccuracy);
    trainingCost = List.copyOf(trainingCost);
    layers = layers.stream().map(List::copyOf).toList();
    verdict = List.copyOf(verdict);
  }

  /** Test accuracy after the last completed epoch. */
  public double finalAccuracy() {
    return testAccuracy.get(testAccuracy.size() - 1);
  }
}
