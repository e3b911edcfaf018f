package dev.nnlab.network.doctor;

import dev.nnlab.core.layer.Network;
import dev.nnlab.network.data.Examples;
import dev.nnlab.network.train.DivergenceException;
import dev.nnlab.network.train.EvaluationSet;
import dev.nnlab.network.train.Trainer;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the recipe checks, then trains the run while {@link Watch} reads its instruments, and
 * concludes. Knows nothing of the command line: any program can diagnose any network it can train.
 */
public final class Doctor {

  /** Training examples whose predictions are checked after every epoch. */
  public static final int PROBE = 1000;

  private Doctor() {}

  /**
   * @param setup the run
   * @param training the examples to train on
   * @param heldOut evaluated after every epoch; the first one is the held-out set the rules read
   * @param classes the number of classes, 0 for regression
   * @param live told each rule when it first fires
   */
  public static Diagnosis examine(
      DoctorSetup setup, Examples training, List<EvaluationSet> heldOut, int classes, Consumer<Observation> live) {
    ProbeSet probe = ProbeSet.of(training, PROBE, classes);
    double chance = probe.chanceCost(setup.cost());
    Network network = setup.network().get();
    RecipeChecks checks = new RecipeChecks(InputStatistics.of(training), probe.cost(network, setup.cost()), chance,
        OverfitCheck.run(setup.network().get(), setup, probe));
    int batches = (training.size() + setup.miniBatchSize() - 1) / setup.miniBatchSize();
    Examples held = heldOut.isEmpty() ? training : heldOut.get(0).examples();
    Watch watch = new Watch(batches, probe, ProbeSet.of(held, PROBE, classes), setup.cost(),
        new WeightPenalty(setup.regularizer(), training.size()), live);
    watch.checks(checks);
    Trainer trainer = Trainer.builder(network).cost(setup.cost()).optimizer(setup.optimizer())
        .regularizer(setup.regularizer()).epochs(setup.epochs()).miniBatchSize(setup.miniBatchSize())
        .seed(setup.seed()).engine(setup.engine()).listener(watch).build();
    try {
      trainer.train(training, heldOut);
    } catch (DivergenceException e) {
      watch.diverged(e);
    }
    return new Diagnosis(Rules.evaluate(watch.timeline()), watch.timeline());
  }
}
