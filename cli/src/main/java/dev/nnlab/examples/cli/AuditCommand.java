package dev.nnlab.examples.cli;

import dev.nnlab.core.layer.Network;
import dev.nnlab.examples.lab.AuditTable;
import dev.nnlab.examples.lab.Probe;
import dev.nnlab.examples.lab.SetupNetwork;
import dev.nnlab.examples.train.TrainingSetup;
import dev.nnlab.network.audit.AuditReport;
import dev.nnlab.network.audit.NetworkAudit;
import dev.nnlab.network.audit.TrainingPace;
import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.DataSetDefinition;
import java.io.PrintWriter;
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
      "could move the weights; then the verdict. Thresholds: docs/audit.md.",
      "",
      "Try:  ./nnlab audit --init rand --bias-init rand",
      "      ./nnlab audit --sizes 784,100,100,100,100,100,100,100,100,10 --activation relu \\",
      "                    --init xavier-normal      (then --init he-normal)"
    })
final class AuditCommand implements Runnable {

  @ParentCommand NnlabCommand root;

  @Spec CommandSpec spec;

  @Mixin NetworkOptions network;

  @Mixin DataOptions data;

  @Option(names = "--probe-size", paramLabel = "N", defaultValue = "1000",
      description = "How many training images to push through (default: ${DEFAULT-VALUE}).")
  int probeSize;

  @Override
  public void run() {
    if (probeSize < 1 || probeSize > 60_000) {
      throw new IllegalArgumentException("--probe-size " + probeSize + ": expected a whole number from 1 to 60000");
    }
    DataSetDefinition definition = definition(data);
    TrainingSetup setup = network.resolve(root.catalog(), definition);
    HeapCheck.require(MemoryEstimate.of(setup.sizes(), 1, probeSize), "the network " + setup.sizes());
    DataSet dataSet = data.load(spec.commandLine().getErr());
    Network net = SetupNetwork.build(setup);
    Probe probe = Probe.of(dataSet.train(), probeSize);
    TrainingPace pace = TrainingPace.of(setup.eta(), dataSet.train().size(), setup.miniBatchSize());
    AuditReport report = NetworkAudit.audit(net, setup.cost().value(), pace, probe.inputs(), probe.targets());
    PrintWriter out = spec.commandLine().getOut();
    out.println("Audit of " + setup);
    out.println("  on the first " + probe.size() + " " + definition.id() + " training images, before training");
    out.println();
    out.print(AuditTable.render(report));
    out.flush();
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
