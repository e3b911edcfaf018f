package dev.nnlab.network.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the doctor has seen of one run so far: the sampled instruments, the epochs' ends, the
 * recipe checks (when they were run) and how training stopped, if it diverged. Rules read it; the
 * report draws it.
 */
public final class Timeline {

  /**
   * Training stopped with NaN or infinite values.
   *
   * @param epoch from 0
   * @param batch the last mini-batch seen before it, or −1
   * @param layer the layer blamed, or 0
   * @param message the trainer's explanation
   */
  public record Divergence(int epoch, int batch, int layer, String message) {}

  private final int classes;
  private final double chanceCost;
  private final double topLabelShare;
  private final List<Reading> readings = new ArrayList<>();
  private final List<EpochReading> epochs = new ArrayList<>();
  private RecipeChecks checks;
  private InputStatistics inputs;
  private Divergence divergence;

  /**
   * @param classes the number of classes, 0 for regression
   * @param chanceCost the cost of the best constant guess on the probe batch
   * @param topLabelShare the share of probe examples carrying the most common label
   */
  public Timeline(int classes, double chanceCost, double topLabelShare) {
    this.classes = classes;
    this.chanceCost = chanceCost;
    this.topLabelShare = topLabelShare;
  }

  void add(Reading reading) {
    readings.add(reading);
  }

  void add(EpochReading epoch) {
    epochs.add(epoch);
  }

  /** Starts again from a saved run's readings and epochs (a resumed run's). */
  void restore(List<Reading> savedReadings, List<EpochReading> savedEpochs) {
    readings.clear();
    readings.addAll(savedReadings);
    epochs.clear();
    epochs.addAll(savedEpochs);
  }

  void checks(RecipeChecks recipe) {
    this.checks = recipe;
    this.inputs = recipe.inputs();
  }

  void inputs(InputStatistics statistics) {
    this.inputs = statistics;
  }

  void diverged(Divergence stop) {
    this.divergence = stop;
  }

  public int classes() {
    return classes;
  }

  public double chanceCost() {
    return chanceCost;
  }

  public double topLabelShare() {
    return topLabelShare;
  }

  public List<Reading> readings() {
    return List.copyOf(readings);
  }

  public List<EpochReading> epochs() {
    return List.copyOf(epochs);
  }

  public Optional<RecipeChecks> checks() {
    return Optional.ofNullable(checks);
  }

  /** The training inputs' statistics: from the recipe checks, or measured alone (as {@code train} does). */
  public Optional<InputStatistics> inputs() {
    return Optional.ofNullable(inputs);
  }

  public Optional<Divergence> divergence() {
    return Optional.ofNullable(divergence);
  }
}
