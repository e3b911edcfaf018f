package dev.nnlab.cli.train;

import dev.nnlab.network.train.BackendReport;
import dev.nnlab.network.train.EpochEvent;
import dev.nnlab.network.train.Evaluation;
import dev.nnlab.network.train.TrainingHistory;
import dev.nnlab.network.train.TrainingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps the epochs completed so far, so a run that diverges still reports what it reached. */
final class HistoryRecorder implements TrainingListener {

  private final List<Double> costs = new ArrayList<>();
  private final List<List<Evaluation>> evaluations = new ArrayList<>();
  private BackendReport backend;

  @Override
  public void trainingStarted(BackendReport report) {
    this.backend = report;
  }

  @Override
  public void epochEnded(EpochEvent event) {
    costs.add(event.trainingCost());
    evaluations.add(event.evaluations());
  }

  /** Starts from a resumed run's earlier epochs. */
  void restore(TrainingHistory earlier) {
    costs.addAll(earlier.trainingCosts());
    evaluations.addAll(earlier.evaluations());
  }

  /** The backend the run started on, if it started. */
  Optional<BackendReport> backend() {
    return Optional.ofNullable(backend);
  }

  TrainingHistory history() {
    return new TrainingHistory(costs, evaluations);
  }
}
