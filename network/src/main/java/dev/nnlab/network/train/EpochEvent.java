package dev.nnlab.network.train;

import dev.nnlab.network.diagnostics.NetworkDiagnostics;
import java.util.List;
import java.util.Optional;

/**
 * An epoch has ended.
 *
 * @param epoch from 0
 * @param epochs how many the run has in total
 * @param trainingCost mean per-example cost over the epoch's mini-batches, each taken before its
 *     update (no regularisation)
 * @param trainingNanos wall time of the epoch's mini-batches
 * @param evaluationNanos wall time of evaluating every evaluation set
 * @param evaluations one per evaluation set, in the order given to the trainer
 * @param view the network and its diagnostics
 */
public record EpochEvent(
    int epoch,
    int epochs,
    double trainingCost,
    long trainingNanos,
    long evaluationNanos,
    List<Evaluation> evaluations,
    TrainingView view) {

  public EpochEvent {
    evaluations = List.copyOf(evaluations);
  }

  /** The evaluation of the set with this name, if there was one. */
  public Optional<Evaluation> evaluation(String set) {
    return evaluations.stream().filter(e -> e.set().equals(set)).findFirst();
  }

  public NetworkDiagnostics diagnostics() {
    return view.diagnostics();
  }
}
