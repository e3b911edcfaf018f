package dev.nnlab.cli.train;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.nnlab.core.layer.Network;
import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.train.BackendReport;
import dev.nnlab.network.train.DivergenceException;
import dev.nnlab.network.train.EvaluationSet;
import dev.nnlab.network.train.Trainer;
import dev.nnlab.network.train.TrainingHistory;
import dev.nnlab.network.train.TrainingListener;
import dev.nnlab.network.train.TrainingState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One training run of a {@link TrainingSetup} on {@link TrainingData} (a known data set, or the
 * user's CSV or IDX files), as network.py's {@code SGD} does it: train on the training part,
 * evaluate the test set (and, if the setup says so and the data have one, the validation set) after
 * every epoch. The network and trainer come from one injector over the
 * setup's module, created per run.
 */
public final class TrainingRun {

  /** The name of the test set in evaluations. */
  public static final String TEST = "test";

  /** The name of the validation set in evaluations. */
  public static final String VALIDATION = "validation";

  private final TrainingSetup setup;
  private final TrainingData data;

  public TrainingRun(TrainingSetup setup, DataSet data) {
    this(setup, TrainingData.of(Objects.requireNonNull(data, "data")));
  }

  public TrainingRun(TrainingSetup setup, TrainingData data) {
    this.setup = Objects.requireNonNull(setup, "setup");
    this.data = Objects.requireNonNull(data, "data");
  }

  /**
   * What a run produced.
   *
   * @param network the trained network (its state after the last completed epoch)
   * @param history costs and evaluations of every completed epoch
   * @param divergence why training stopped early, if it did
   * @param engine which backend trained it and why, as the run described itself when it started
   */
  public record Outcome(
      Network network,
      TrainingHistory history,
      Optional<DivergenceException> divergence,
      String engine) {}

  /**
   * Builds the network and trains it, reporting to {@code listeners}. A diverging run (NaN or
   * infinite cost) stops and is reported in the outcome, not thrown.
   *
   * @throws IllegalArgumentException if an initial parameter is beyond float32's range
   */
  public Outcome execute(List<TrainingListener> listeners) {
    return execute(listeners, null);
  }

  /**
   * {@link #execute(List)}, continuing from {@code checkpointing}'s checkpoint when it has one for
   * this run; {@code checkpointing}, if not null, must be among {@code listeners}, after the
   * manifest.
   *
   * @throws Checkpointing.CheckpointRefusedException if the checkpoint is of another run
   */
  public Outcome execute(List<TrainingListener> listeners, Checkpointing checkpointing) {
    HistoryRecorder recorder = new HistoryRecorder();
    List<TrainingListener> all = new ArrayList<>();
    all.add(recorder);
    all.addAll(listeners);
    Injector injector = Guice.createInjector(setup.module(all));
    Network network = injector.getInstance(Network.class);
    InitialWeightCheck.require(network);
    Trainer trainer = injector.getInstance(Trainer.class);
    List<EvaluationSet> sets = new ArrayList<>();
    sets.add(EvaluationSet.of(TEST, data.test()));
    if (setup.evaluateValidation()) {
      data.validation().ifPresent(v -> sets.add(EvaluationSet.of(VALIDATION, v)));
    }
    TrainingState resumed = checkpointing == null ? null : checkpointing.start(trainer.engineDescription());
    if (resumed != null) {
      recorder.restore(resumed.history());
    }
    try {
      TrainingHistory history = trainer.train(data.train(), sets, resumed);
      return new Outcome(network, history, Optional.empty(), engine(recorder, trainer));
    } catch (DivergenceException e) {
      return new Outcome(network, recorder.history(), Optional.of(e), engine(recorder, trainer));
    }
  }

  private static String engine(HistoryRecorder recorder, Trainer trainer) {
    return recorder.backend().map(BackendReport::description).orElseGet(trainer::engineDescription);
  }
}
