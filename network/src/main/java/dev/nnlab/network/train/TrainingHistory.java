package dev.nnlab.network.train;

import java.util.List;

/**
 * What a finished run measured.
 *
 * @param trainingCosts the mean mini-batch cost of each epoch
 * @param evaluations per epoch, the evaluation of every evaluation set
 */
public record TrainingHistory(List<Double> trainingCosts, List<List<Evaluation>> evaluations) {

  public TrainingHistory {
    trainingCosts = List.copyOf(trainingCosts);
    evaluations = evaluations.stream().map(List::copyOf).toList();
  }

  /** The evaluations after the last epoch. */
  public List<Evaluation> last() {
    if (evaluations.isEmpty()) {
      throw new IllegalStateException("no epoch was run");
    }
    return evaluations.get(evaluations.size() - 1);
  }
}
