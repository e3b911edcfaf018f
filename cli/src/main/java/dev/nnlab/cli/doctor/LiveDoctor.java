package dev.nnlab.cli.doctor;

import dev.nnlab.cli.train.TrainingData;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.doctor.Doctor;
import dev.nnlab.network.doctor.InputStatistics;
import dev.nnlab.network.doctor.ProbeSet;
import dev.nnlab.network.doctor.Watch;
import dev.nnlab.network.doctor.WeightPenalty;
import java.io.PrintWriter;

/**
 * The doctor riding along a normal {@code train} run: the same instruments and rules as
 * {@code nnlab doctor}, and of the recipe checks only the input statistics (one pass over the
 * inputs; the other two would cost a second training), each rule told once on stderr when it first
 * fires. stdout is untouched.
 */
public final class LiveDoctor {

  private LiveDoctor() {}

  public static Watch watch(TrainingSetup setup, TrainingData data, PrintWriter err) {
    int batches = (data.train().size() + setup.miniBatchSize() - 1) / setup.miniBatchSize();
    Watch watch = new Watch(batches, ProbeSet.of(data.train(), Doctor.PROBE, data.classes()),
        ProbeSet.of(data.test(), Doctor.PROBE, data.classes()), setup.cost().value(),
        new WeightPenalty(setup.regularizer().value(), data.train().size()), new LiveFindings(err));
    watch.inputs(InputStatistics.of(data.train()));
    return watch;
  }
}
