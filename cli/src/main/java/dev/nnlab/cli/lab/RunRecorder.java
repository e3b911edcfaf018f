package dev.nnlab.cli.lab;

import dev.nnlab.core.model.Cost;
import dev.nnlab.network.audit.AuditReport;
import dev.nnlab.network.audit.NetworkAudit;
import dev.nnlab.network.audit.Probe;
import dev.nnlab.network.audit.TrainingPace;
import dev.nnlab.network.train.EpochEvent;
import dev.nnlab.network.train.Evaluation;
import dev.nnlab.network.train.TrainingListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Records a run epoch by epoch: test accuracy, training cost, and an audit of every layer on the
 * probe batch (the same measurements as before training, so the charts start where the audit
 * left off).
 */
final class RunRecorder implements TrainingListener {

  private final Cost cost;
  private final TrainingPace pace;
  private final Probe probe;
  private final List<Double> accuracy = new ArrayList<>();
  private final List<Double> costs = new ArrayList<>();
  private final List<List<LayerPoint>> layers = new ArrayList<>();

  RunRecorder(Cost cost, TrainingPace pace, Probe probe) {
    this.cost = cost;
    this.pace = pace;
    this.probe = probe;
  }

  /** The state before training: the initial audit and the untrained test accuracy. */
  void start(AuditReport audit, double testAccuracy) {
    accuracy.add(testAccuracy);
    costs.add(Double.NaN);
    layers.add(points(audit));
  }

  @Override
  public void epochEnded(EpochEvent event) {
    Evaluation test = event.evaluations().get(0);
    accuracy.add(test.accuracy());
    costs.add(event.trainingCost());
    AuditReport audit =
        NetworkAudit.audit(event.view().network(), cost, pace, probe.inputs(), probe.targets());
    layers.add(points(audit));
  }

  private static List<LayerPoint> points(AuditReport audit) {
    return audit.layers().stream().map(LayerPoint::of).toList();
  }

  List<Double> accuracy() {
    return accuracy;
  }

  List<Double> costs() {
    return costs;
  }

  List<List<LayerPoint>> layers() {
    return layers;
  }
}
