package dev.nnlab.network.doctor;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.network.diagnostics.Diagnostics;
import dev.nnlab.network.diagnostics.LayerDiagnostics;
import dev.nnlab.network.diagnostics.NetworkDiagnostics;
import dev.nnlab.network.train.BatchEvent;
import dev.nnlab.network.train.DivergenceException;
import dev.nnlab.network.train.EpochEvent;
import dev.nnlab.network.train.Evaluation;
import dev.nnlab.network.train.TrainingListener;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * The doctor's instruments, as a training listener: about {@value #READINGS_PER_EPOCH} mini-batches
 * per epoch (and the first and last of each) are read through the trainer's diagnostics seam, so it
 * works on any layer stack and any backend. After every reading and every epoch the rules run on
 * what has been seen so far, and a rule that fires for the first time is told to {@code live}.
 */
public final class Watch implements TrainingListener {

  /** Sampled mini-batches per epoch: enough for a trend, few enough to cost a few % of the run. */
  public static final int READINGS_PER_EPOCH = 25;

  private final int every;
  private final int batches;
  private final ProbeSet probe;
  private final ProbeSet heldOut;
  private final Cost cost;
  private final WeightPenalty penalty;
  private final DMatrixRMaj work = new DMatrixRMaj(1, 1);
  private final Timeline timeline;
  private final Consumer<Observation> live;
  private final Set<Symptom> told = EnumSet.noneOf(Symptom.class);
  private final List<Observation> toldInOrder = new ArrayList<>();
  private List<DMatrixRMaj> initialWeights;
  private long step;
  private int lastEpoch = -1;
  private int lastBatch = -1;

  /**
   * @param batchesPerEpoch mini-batches in one epoch
   * @param probe the training examples predictions are checked on after every epoch
   * @param heldOut held-out examples whose cost (without the regularisation penalty, which grows
   *     with the weights and would look like overfitting) is measured after every epoch
   * @param cost the run's cost
   * @param penalty the run's weight penalty, to tell its share of each update
   * @param live told each rule the first time it fires (not {@code healthy})
   */
  public Watch(int batchesPerEpoch, ProbeSet probe, ProbeSet heldOut, Cost cost, WeightPenalty penalty,
      Consumer<Observation> live) {
    this.batches = batchesPerEpoch;
    this.every = Math.max(1, batchesPerEpoch / READINGS_PER_EPOCH);
    this.probe = Objects.requireNonNull(probe, "probe");
    this.heldOut = Objects.requireNonNull(heldOut, "heldOut");
    this.cost = Objects.requireNonNull(cost, "cost");
    this.penalty = Objects.requireNonNull(penalty, "penalty");
    double chanceCost = probe.chanceCost(cost);
    this.live = Objects.requireNonNull(live, "live");
    this.timeline = new Timeline(probe.classes(), chanceCost, probe.classes() > 0 ? probe.topLabelShare() : 0);
  }

  /** Adds the recipe checks run before training, so the rules can use them. */
  public void checks(RecipeChecks checks) {
    timeline.checks(checks);
    tell();
  }

  /**
   * Adds the training inputs' statistics alone, for a run without the recipe checks (the other two
   * cost a second training; this one a pass over the inputs), so {@code unscaled-inputs} can fire.
   */
  public void inputs(InputStatistics statistics) {
    timeline.inputs(statistics);
    tell();
  }

  public Timeline timeline() {
    return timeline;
  }

  private boolean sampled(int batch) {
    return batch % every == 0 || batch == batches - 1;
  }

  @Override
  public boolean wantsUpdateRatios(int epoch, int batch) {
    return sampled(batch);
  }

  @Override
  public void batchEnded(BatchEvent event) {
    step++;
    lastEpoch = event.epoch();
    lastBatch = event.batch();
    if (!sampled(event.batch())) {
      return;
    }
    NetworkDiagnostics d = event.diagnostics();
    Network network = event.view().network();
    if (initialWeights == null) {
      initialWeights = new ArrayList<>();
      for (LayerDiagnostics layer : d.layers()) {
        initialWeights.add(weights(network.layer(layer.layer())).value().copy());
      }
    }
    List<LayerReading> layers = new ArrayList<>();
    for (int k = 0; k < d.layers().size(); k++) {
      LayerDiagnostics l = d.layers().get(k);
      Parameter weights = weights(network.layer(l.layer()));
      DMatrixRMaj w = weights.value();
      layers.add(new LayerReading(
          l.layer(), l.activation(), l.saturation().kind(), l.saturation().fraction(), l.activations().mean(),
          l.activations().std(), l.weightNorm(), l.weightGradientNorm(), l.biasGradientNorm(),
          l.weightGradientNorm() / Math.sqrt(w.getNumElements()), l.updateRatio(),
          distance(w, initialWeights.get(k)), penalty.share(w, weights.gradient(), work)));
    }
    timeline.add(new Reading(event.epoch(), event.batch(), step, event.cost(), layers));
    tell();
  }

  @Override
  public void epochEnded(EpochEvent event) {
    DMatrixRMaj outputs = probe.outputs(event.view().network());
    Evaluation held = event.evaluations().isEmpty() ? null : event.evaluations().get(0);
    boolean classify = probe.classes() > 0;
    timeline.add(new EpochReading(
        event.epoch(),
        event.trainingCost(),
        heldOut.cost(event.view().network(), cost),
        held == null || !classify ? Double.NaN : held.accuracy(),
        classify ? ProbeSet.accuracy(outputs, probe.targets()) : Double.NaN,
        classify ? ProbeSet.topShare(outputs) : Double.NaN));
    tell();
  }

  /** Records that training stopped with non-finite values. */
  public void diverged(DivergenceException e) {
    timeline.diverged(new Timeline.Divergence(e.epoch(), e.epoch() == lastEpoch ? lastBatch : -1, e.layer(),
        e.getMessage()));
    tell();
  }

  private void tell() {
    for (Observation o : Rules.evaluate(timeline)) {
      if (o.actionable()) {
        tellOnce(o);
      }
    }
  }

  private void tellOnce(Observation o) {
    if (told.add(o.symptom())) {
      toldInOrder.add(o);
      live.accept(o);
    }
  }

  /**
   * What this watch has seen, as text for a training checkpoint taken at an epoch's end; {@link
   * #resume} reads it back.
   */
  public String save() {
    return new WatchState(step, lastEpoch, lastBatch, initialWeights, timeline.readings(), timeline.epochs(),
        toldInOrder).encode();
  }

  /**
   * Continues from what {@link #save} wrote, before a resumed run's first mini-batch: the readings,
   * epochs and weights distances are measured from are those of the run so far, and the findings
   * it told are told again now, in their order (as a resumed run replays its epoch lines), unless
   * this watch has told them already (the input statistics, measured again before training).
   *
   * @throws IllegalArgumentException if {@code saved} is not what {@link #save} writes
   */
  public void resume(String saved) {
    WatchState state = WatchState.decode(saved);
    step = state.step();
    lastEpoch = state.lastEpoch();
    lastBatch = state.lastBatch();
    initialWeights = state.initialWeights() == null ? null : new ArrayList<>(state.initialWeights());
    timeline.restore(state.readings(), state.epochs());
    state.told().forEach(this::tellOnce);
  }

  private static Parameter weights(Layer layer) {
    return Diagnostics.parameter(layer, Parameter.Role.WEIGHTS).orElseThrow();
  }

  private static double distance(DMatrixRMaj now, DMatrixRMaj start) {
    double change = 0;
    for (int i = 0; i < now.getNumElements(); i++) {
      double d = now.data[i] - start.data[i];
      change += d * d;
    }
    return Math.sqrt(change) / NormOps_DDRM.normF(start);
  }
}
