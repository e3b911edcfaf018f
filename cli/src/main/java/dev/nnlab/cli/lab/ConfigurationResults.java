package dev.nnlab.cli.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The runs of one configuration (one per seed) and what they have in common.
 *
 * @param configuration the configuration
 * @param runs its runs, in seed order
 */
public record ConfigurationResults(Configuration configuration, List<RunResult> runs) {

  public ConfigurationResults {
    runs = List.copyOf(runs);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException(configuration.label() + " has no runs");
    }
  }

  /** Groups {@code results} by configuration, in the configurations' order. */
  public static List<ConfigurationResults> group(List<Configuration> configurations, List<RunResult> results) {
    List<ConfigurationResults> grouped = new ArrayList<>();
    for (Configuration configuration : configurations) {
      grouped.add(new ConfigurationResults(
          configuration, results.stream().filter(r -> r.configuration().equals(configuration.label())).toList()));
    }
    return grouped;
  }

  public String label() {
    return configuration.label();
  }

  /** Epochs every run completed (a diverged run may have stopped early), plus the epoch-0 point. */
  public int points() {
    return runs.stream().mapToInt(r -> r.testAccuracy().size()).min().orElse(0);
  }

  /** Test accuracy at epoch {@code k} over the seeds. */
  public Stats accuracy(int k) {
    return Stats.of(runs.stream().map(r -> r.testAccuracy().get(k)).toList());
  }

  /** Final test accuracy (each run's last epoch) over the seeds. */
  public Stats finalAccuracy() {
    return Stats.of(runs.stream().map(RunResult::finalAccuracy).toList());
  }

  /** Layer count. */
  public int layers() {
    return runs.get(0).layers().get(0).size();
  }

  /** A layer measurement at epoch {@code k}, averaged over the seeds. */
  public double mean(int k, int layer, Function<LayerPoint, Double> measure) {
    return Stats.of(runs.stream().map(r -> measure.apply(r.layers().get(k).get(layer))).toList()).mean();
  }

  /** The first seed's point for layer index {@code layer} (among the measured layers) before training. */
  public LayerPoint start(int layer) {
    return runs.get(0).layers().get(0).get(layer);
  }

  /** Channel {@code channel} (from 0) of a measured layer at epoch {@code k}, averaged over the seeds. */
  public double channelMean(int k, int layer, int channel) {
    return mean(k, layer, p -> p.channels().get(channel));
  }

  /** The worst severity the audit found before training, in the first seed's run. */
  public String verdictSeverity() {
    String first = runs.get(0).verdict().get(0);
    return first.substring(0, first.indexOf(':'));
  }
}
