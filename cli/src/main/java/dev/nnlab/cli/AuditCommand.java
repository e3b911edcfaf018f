package dev.nnlab.cli;

import dev.nnlab.core.layer.Network;
import dev.nnlab.cli.io.AtomicFiles;
import dev.nnlab.cli.io.OutputLock;
import dev.nnlab.cli.lab.AuditJson;
import dev.nnlab.cli.lab.SetupNetwork;
import dev.nnlab.cli.train.TrainingData;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.audit.AuditReport;
import dev.nnlab.network.audit.AuditTable;
import dev.nnlab.network.audit.NetworkAudit;
import dev.nnlab.network.audit.Probe;
import dev.nnlab.network.audit.TrainingPace;
import dev.nnlab.network.data.DataSetDefinition;
import dev.nnlab.network.doctor.InputStatistics;
import dev.nnlab.network.doctor.Rules;
import dev.nnlab.network.io.IoReasons;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Audits an initialised network before training: per-layer evidence and a verdict. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Explains, before training, whether a network can learn.",
      "",
      "Builds the network exactly as 'train' would (same options, same seed), pushes the first",
      "training images through it forwards and backwards, and prints per layer: fan, initializer",
      "formula, mean and std of z, saturated (sigmoid, tanh) or dead († ReLU) units, the",
      "backpropagated δ, Nielsen's speed of learning ‖∂C/∂b‖ per unit and how far one epoch of SGD",
      "could move the weights; for a convolution also every channel's saturated or dead share;",
      "then the verdict. Thresholds: docs/audit.md.",
      "Your own data: --dataset csv:PATH --label-column NAME|INDEX (or idx:DIR); features that are not",
      "on unit scale are named (the doctor's unscaled-inputs rule), never rescaled unless --standardize.",
      "",
      "Try:  ./nnlab audit --init rand --bias-init rand",
      "      ./nnlab audit --sizes 784,100,100,100,100,100,100,100,100,10 --activation relu \\",
      "                    --init xavier-normal      (then --init he-normal)",
      "      ./nnlab audit --preset network3-conv2 --json audit.json"
    })
final class AuditCommand implements Runnable {

  @ParentCommand NnlabCommand root;

  @Spec CommandSpec spec;

  @Mixin NetworkOptions network;

  @Mixin TrainingDataOptions data;

  @Mixin UserDataOptions userData;

  @Option(names = "--probe-size", paramLabel = "N", defaultValue = "1000",
      description = "How many training images to push through (default: ${DEFAULT-VALUE}).")
  int probeSize;

  @Option(names = "--json", paramLabel = "FILE",
      description = "Also write the audit as JSON: every layer's numbers, per channel for convolutions, and the findings.")
  Path json;

  @Override
  public void run() {
    if (probeSize < 1 || probeSize > 60_000) {
      throw new IllegalArgumentException("--probe-size " + probeSize + ": expected a whole number from 1 to 60000");
    }
    PrintWriter err = spec.commandLine().getErr();
    List<OutputPaths.Output> outputs = List.of(OutputPaths.Output.file("--json", json));
    TrainingSetup setup;
    TrainingData training;
    if (UserDataOptions.isUserData(data)) {
      OutputPaths.check(outputs, inputs());
      training = userData.load(data, null, network.seed, err);
      setup = network.resolve(root.catalog(), training.shape());
      HeapCheck.require(MemoryEstimate.of(setup, 1, probeSize), "the network " + setup.sizes());
    } else {
      setup = network.resolve(root.catalog(), definition(data));
      HeapCheck.require(MemoryEstimate.of(setup, 1, probeSize), "the network " + setup.sizes());
      OutputPaths.check(outputs, inputs());
      training = userData.load(data, null, network.seed, err);
    }
    try (OutputLock claimed = OutputPaths.claim(outputs, inputs())) {
      audit(setup, training);
    }
  }

  /** The files this run reads: the data's files and the plugin jars. */
  private List<Path> inputs() {
    List<Path> inputs = new ArrayList<>(userData.inputs(data));
    inputs.addAll(root.pluginPaths);
    return inputs;
  }

  private void audit(TrainingSetup setup, TrainingData training) {
    Network net = SetupNetwork.build(setup);
    Probe probe = Probe.of(training.train(), probeSize);
    TrainingPace pace = TrainingPace.of(setup.eta(), training.train().size(), setup.miniBatchSize());
    AuditReport report = NetworkAudit.audit(net, setup.cost().value(), pace, probe.inputs(), probe.targets());
    PrintWriter out = spec.commandLine().getOut();
    out.println("Audit of " + setup);
    out.println("  on the first " + probe.size() + " " + training.shape().id() + " training " + training.shape().what()
        + "s, before training");
    out.println();
    out.print(AuditTable.render(report));
    Rules.unscaledInputs(InputStatistics.of(training.train())).ifPresent(finding -> {
      out.println();
      out.println("Inputs (" + finding.severity().id() + ", the doctor's " + finding.symptom().id() + "): "
          + finding.evidence() + ". Fix: " + finding.fix() + ".");
    });
    out.flush();
    if (json != null) {
      String probed = "the first " + probe.size() + " " + training.shape().id() + " training "
          + training.shape().what() + "s";
      try {
        AtomicFiles.write(json, AuditJson.write(report, setup.toString(), probed));
      } catch (IOException e) {
        throw new UserFacingException("--json " + json + ": cannot write it (" + IoReasons.reason(e) + ")", 1, e);
      }
      spec.commandLine().getErr().println("wrote " + json);
    }
  }

  static DataSetDefinition definition(DataOptions data) {
    try {
      return data.definition();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--dataset " + data.dataset + ": unknown data set; expected one of " + DataSetDefinition.names(), e);
    }
  }
}
