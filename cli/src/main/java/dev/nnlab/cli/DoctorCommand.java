package dev.nnlab.cli;

import dev.nnlab.cli.doctor.DoctorJson;
import dev.nnlab.cli.doctor.DoctorReport;
import dev.nnlab.cli.doctor.LiveFindings;
import dev.nnlab.cli.io.AtomicFiles;
import dev.nnlab.cli.lab.SetupNetwork;
import dev.nnlab.cli.train.InitialWeightCheck;
import dev.nnlab.cli.train.TrainingData;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.doctor.Diagnosis;
import dev.nnlab.network.doctor.Doctor;
import dev.nnlab.network.doctor.DoctorSetup;
import dev.nnlab.network.doctor.Observation;
import dev.nnlab.network.train.EvaluationSet;
import dev.nnlab.network.train.TrainingEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Trains a run while watching its instruments, and says why it is (or is not) learning. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Trains exactly as 'train' would (every train option, 3 epochs by default) while reading cheap",
      "instruments on every layer, runs Karpathy's recipe checks (cost at init against chance, overfit",
      "one mini-batch, input statistics), and names what is wrong, most explanatory first: saturation,",
      "vanishing-gradient, exploding-gradient, dead-units, learning-rate-too-high, learning-rate-too-low,",
      "divergence, over-regularization, output-collapse, no-signal, unscaled-inputs, overfitting, plateau,",
      "or healthy.",
      "Thresholds and the failure zoo: docs/doctor.md.",
      "",
      "Try:  ./nnlab doctor --init rand --bias-init rand",
      "      ./nnlab doctor --eta 300",
      "      ./nnlab doctor --dataset csv:iris.csv --label-column species --json d.json --out report"
    })
final class DoctorCommand implements Runnable {

  static final int DEFAULT_EPOCHS = 3;

  @ParentCommand NnlabCommand root;

  @Spec CommandSpec spec;

  @Mixin NetworkOptions network;

  @Mixin TrainingDataOptions data;

  @Mixin UserDataOptions userData;

  @Option(names = "--json", paramLabel = "FILE",
      description = "Write the findings (most explanatory first), the primary one and every reading as JSON.")
  Path json;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write an HTML report: the instruments over time, per layer, with each finding marked.")
  Path out;

  @Option(names = "--test-size", paramLabel = "N",
      description = "Evaluate only the first N held-out examples after every epoch (for quick runs).")
  Integer testSize;

  @Override
  public void run() {
    if (network.epochs == null) {
      network.epochs = DEFAULT_EPOCHS;
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    OutputPaths.check(List.of(OutputPaths.Output.file("--json", json), OutputPaths.Output.directory("--out", out)),
        userData.inputs(data));
    // a known data set's network is checked before anything is loaded; the user's data decide the
    // input size, so theirs is checked once they are read
    TrainingSetup known = UserDataOptions.isUserData(data) ? null
        : network.resolve(root.catalog(), AuditCommand.definition(data));
    if (known != null) {
      InitialWeightCheck.require(SetupNetwork.build(known));
    }
    TrainingData training = userData.load(data, testSize, network.seed, err);
    TrainingSetup setup = known != null ? known : network.resolve(root.catalog(), training.shape());
    if (known == null) {
      InitialWeightCheck.require(SetupNetwork.build(setup));
    }
    err.println("Doctor: training " + setup);
    err.println("  on " + training.description());
    err.flush();
    DoctorSetup run = new DoctorSetup(() -> SetupNetwork.build(setup), setup.cost().value(),
        setup.optimizer().value(), setup.regularizer().value(), setup.epochs(), setup.miniBatchSize(),
        setup.seed(), TrainingEngine.AUTO);
    Diagnosis diagnosis = Doctor.examine(run, training.train(), List.of(EvaluationSet.of("test", training.test())),
        training.classes(), new LiveFindings(err));
    for (Observation o : diagnosis.findings()) {
      stdout.println(o.severity().id() + " " + o.symptom().id() + " (" + o.where() + "): " + o.evidence());
      stdout.println("    fix: " + o.fix());
    }
    stdout.println("primary: " + diagnosis.primary().id());
    stdout.flush();
    if (json != null) {
      try {
        AtomicFiles.write(json, DoctorJson.write(diagnosis, setup.toString(), training.description()));
      } catch (IOException e) {
        throw new UserFacingException("--json " + json + ": cannot write it (" + e + ")", 1, e);
      }
      err.println("wrote " + json);
    }
    if (out != null) {
      try {
        DoctorReport.write(out, diagnosis, setup.toString(), training.description());
      } catch (IOException e) {
        throw new UserFacingException("--out " + out + ": cannot write the report (" + e + ")", 1, e);
      }
      err.println("wrote " + out.resolve("index.html"));
    }
    err.flush();
  }
}
