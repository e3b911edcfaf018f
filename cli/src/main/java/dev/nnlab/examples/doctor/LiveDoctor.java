package dev.nnlab.examples.doctor;

import dev.nnlab.examples.train.TrainingData;
import dev.nnlab.examples.train.TrainingSetup;
import dev.nnlab.network.doctor.Doctor;
import dev.nnlab.network.doctor.ProbeSet;
import dev.nnlab.network.doctor.Watch;
import java.io.PrintWriter;

/**
 * The doctor riding along a normal {@code train} run: the same instruments and rules as
 * {@code nnlab doctor}, without the recipe checks (they would cost a second training), each rule told
 * once on stderr when it first fires. stdout is untouched.
 */
public final class LiveDoctor {

  private LiveDoctor() {}

  public static Watch watch(TrainingSetup setup, TrainingData data, PrintWriter err) {
    int batches = (data.train().size() + setup.miniBatchSize() - 1) / setup.miniBatchSize();
    return new Watch(batches, ProbeSet.of(data.train(), Doctor.PROBE, data.classes()),
        ProbeSet.of(data.test(), Doctor.PROBE, data.classes()), setup.cost().value(), new LiveFindings(err));
  }
}
