package dev.nnlab.network.doctor;

import dev.nnlab.core.layer.Network;
import dev.nnlab.network.data.ArrayExamples;
import dev.nnlab.network.train.DivergenceException;
import dev.nnlab.network.train.Trainer;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Karpathy's "overfit one batch": a fresh copy of the network trains on one small batch alone, with
 * the run's cost and optimizer and no regularisation, for a few hundred steps. A network that can
 * learn at all drives that batch's cost far down; one that cannot (saturated, dead, a step size
 * that diverges) does not.
 *
 * @param examples the size of the batch
 * @param steps the updates it got
 * @param initialCost the batch's mean cost before the first step
 * @param finalCost after the last step (NaN if training diverged)
 * @param accuracy the share of the batch classified right at the end (NaN for regression)
 */
public record OverfitCheck(int examples, int steps, double initialCost, double finalCost, double accuracy) {

  /** The batch counts as fitted when its cost fell to this fraction of where it started. */
  public static final double FITTED_COST_FRACTION = 0.1;

  public static final int STEPS = 300;
  public static final int MAX_EXAMPLES = 16;

  /** Whether the batch was fitted: its cost fell below 10 % of its start, or every example is right. */
  public boolean passed() {
    return finalCost < FITTED_COST_FRACTION * initialCost || accuracy == 1.0;
  }

  /** Trains {@code fresh} (the run's network, untrained) on the first examples of {@code probe}. */
  public static OverfitCheck run(Network fresh, DoctorSetup setup, ProbeSet probe) {
    int m = Math.min(MAX_EXAMPLES, probe.size());
    DMatrixRMaj x = CommonOps_DDRM.extract(probe.inputs(), 0, m, 0, probe.inputs().numCols);
    DMatrixRMaj y = CommonOps_DDRM.extract(probe.targets(), 0, m, 0, probe.targets().numCols);
    ProbeSet batch = new ProbeSet(x, y, probe.classes());
    double before = batch.cost(fresh, setup.cost());
    Trainer trainer = Trainer.builder(fresh).cost(setup.cost()).optimizer(setup.optimizer())
        .engine(setup.engine()).epochs(STEPS).miniBatchSize(m).seed(setup.seed()).probeSize(m).build();
    try {
      trainer.train(new ArrayExamples(x, y));
    } catch (DivergenceException e) {
      return new OverfitCheck(m, STEPS, before, Double.NaN, Double.NaN);
    }
    double accuracy = probe.classes() > 0 ? ProbeSet.accuracy(batch.outputs(fresh), y) : Double.NaN;
    return new OverfitCheck(m, STEPS, before, batch.cost(fresh, setup.cost()), accuracy);
  }
}
