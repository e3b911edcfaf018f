package dev.nnlab.cli.lab;

import dev.nnlab.cli.train.TrainingSetup;
import java.util.List;
import java.util.Map;

/**
 * One point of the comparison's grid: the values it gives the varied options, and its resolved
 * setup for every seed (the seeds are shared by every configuration, which pairs the runs).
 *
 * @param label e.g. {@code init=rand} or {@code init=randn, activation=tanh}; unique in a comparison
 * @param values option name (without dashes) → the value given
 * @param setups one per seed, in seed order
 */
public record Configuration(String label, Map<String, String> values, List<TrainingSetup> setups) {

  public Configuration {
    values = Map.copyOf(values);
    setups = List.copyOf(setups);
  }
}
