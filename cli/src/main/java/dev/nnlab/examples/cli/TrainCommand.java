package dev.nnlab.examples.cli;

import dev.nnlab.examples.cli.OutputPaths.Output;
import dev.nnlab.examples.doctor.LiveDoctor;
import dev.nnlab.examples.io.AtomicFiles;
import dev.nnlab.examples.io.OutputLock;
import dev.nnlab.examples.train.EpochPrinter;
import dev.nnlab.examples.train.EpochProgress;
import dev.nnlab.examples.train.EpochRecord;
import dev.nnlab.examples.train.RunManifest;
import dev.nnlab.examples.train.RunStatus;
import dev.nnlab.examples.train.TrainingData;
import dev.nnlab.examples.train.TrainingRun;
import dev.nnlab.examples.train.TrainingSetup;
import dev.nnlab.network.io.DurableFiles;
import dev.nnlab.network.io.IoReasons;
import dev.nnlab.network.io.NetworkFile;
import dev.nnlab.network.train.TrainingListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Trains a network on MNIST the way network.py (or network2.py) does, every component swappable. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Trains a network and prints, after every epoch, network.py's line: Epoch 0: 9129 / 10000.",
      "",
      "With no options it is Nielsen's chapter-1 network: [784,30,10], sigmoid, quadratic cost,",
      "randn weights and biases, SGD η=3.0, mini-batches of 10, 30 epochs, 50,000 training images,",
      "evaluated on the 10,000 test images. --preset network2 starts from chapter 3 instead.",
      "",
      "Your own data: --dataset csv:PATH --label-column NAME|INDEX (or idx:DIR); see docs/doctor.md.",
      "",
      "Try:  ./nnlab train --init rand --bias-init rand      (the original question: no learning)",
      "      ./nnlab train --init xavier-normal --epochs 5",
      "      ./nnlab train --preset network2 --json run.json",
      "      ./nnlab train --dataset csv:iris.csv --label-column species --standardize --sizes 4,10,3"
    })
final class TrainCommand implements Runnable {

  @ParentCommand NnlabCommand root;

  @Spec CommandSpec spec;

  @Mixin NetworkOptions network;

  @Mixin DataOptions data;

  @Mixin UserDataOptions userData;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Write a manifest of the run: components, seed, versions, data hashes, every epoch.")
  Path json;

  @Option(names = "--save", paramLabel = "FILE", description = "Save the trained network to FILE.")
  Path save;

  @Option(names = "--no-doctor",
      description = "Do not watch the run: no 'doctor:' lines on stderr when a rule of `nnlab doctor` fires.")
  boolean noDoctor;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // a known data set's network is checked before anything is fetched; the user's data decide
    // the input size, so their network is resolved once they are read
    boolean user = UserDataOptions.isUserData(data);
    TrainingSetup known = null;
    if (!user) {
      known = network.resolve(root.catalog(), dataSetDefinition());
      data.validate();
      HeapCheck.require(MemoryEstimate.of(known, 1, 0), "the network " + known.sizes());
    }
    try (OutputLock claimed = OutputPaths.claim(
        List.of(Output.file("--json", json), Output.file("--save", save)), inputs())) {
      TrainingData training = userData.load(data, null, network.seed, err);
      TrainingSetup setup = known;
      if (user) {
        setup = network.resolve(root.catalog(), training.shape());
        HeapCheck.require(MemoryEstimate.of(setup, 1, 0), "the network " + setup.sizes());
      }
      train(setup, training, out, err);
    }
  }

  /** The files this run reads: the data set's files (or the user's) and the plugin jars. */
  private List<Path> inputs() {
    List<Path> inputs = new ArrayList<>(data.inputs());
    inputs.addAll(userData.inputs(data));
    inputs.addAll(root.pluginPaths);
    return inputs;
  }

  private void train(TrainingSetup setup, TrainingData training, PrintWriter out, PrintWriter err) {
    if (training.validation().isPresent()) {
      err.printf(
          Locale.ROOT,
          "Training %s%n  on %s: %,d training images, evaluated on %,d test images%s%n",
          setup,
          training.record().dataset(),
          training.train().size(),
          training.test().size(),
          setup.evaluateValidation()
              ? String.format(Locale.ROOT, " and %,d validation images", training.validation().get().size())
              : "");
    } else {
      err.printf(Locale.ROOT, "Training %s%n  on %s%n", setup, training.description());
    }
    err.flush();

    RunManifest manifest =
        new RunManifest(setup, training.record(), spec.commandLine().getParseResult().originalArgs());
    EpochProgress progress =
        new EpochProgress(training.train().size(), err, System.console() != null ? System.err : null);
    List<TrainingListener> listeners =
        new ArrayList<>(List.of(progress, new EpochPrinter(out, training.regression()), manifest));
    if (!noDoctor) {
      listeners.add(LiveDoctor.watch(setup, training, err));
    }
    ManifestCommit commit = new ManifestCommit(manifest, json);
    Runnable cancel = DurableFiles.beforeExit(commit::interrupted);
    TrainingRun.Outcome outcome;
    try {
      outcome = new TrainingRun(setup, training).execute(listeners);
    } catch (RuntimeException | Error e) {
      try {
        commit.last(RunStatus.FAILED, Optional.of(String.valueOf(e)), manifest.engineSoFar());
      } catch (RuntimeException unwritable) {
        e.addSuppressed(unwritable);
      }
      cancel.run();
      throw e;
    }
    commitOutputs(outcome, commit, err);
    cancel.run();
    if (training.regression()) {
      manifest.epochs().stream()
          .min(Comparator.comparingDouble(EpochRecord::testCost))
          .ifPresent(best -> err.printf(
              Locale.ROOT, "Best: test cost %.4g after epoch %d%n", best.testCost(), best.epoch()));
      err.flush();
      return;
    }
    manifest.epochs().stream()
        .max(Comparator.comparingInt(EpochRecord::testCorrect))
        .ifPresent(best -> err.printf(
            Locale.ROOT, "Best: %d / %d (%.2f %%) after epoch %d%n", best.testCorrect(),
            best.testTotal(), 100.0 * best.testCorrect() / best.testTotal(), best.epoch()));
    err.flush();
  }

  /**
   * Network first, manifest last: the manifest says {@code finished} only once the network file is
   * in place, and a run that diverged or could not save says so in its {@code status}.
   */
  private void commitOutputs(TrainingRun.Outcome outcome, ManifestCommit commit, PrintWriter err) {
    Optional<String> divergence = outcome.divergence().map(Throwable::getMessage);
    if (divergence.isPresent()) {
      commit.last(RunStatus.DIVERGED, divergence, outcome.engine());
      throw new UserFacingException(divergence.get(), 1, outcome.divergence().get());
    }
    if (save != null) {
      try {
        NetworkFile.save(outcome.network(), save);
      } catch (UncheckedIOException e) {
        String problem = "--save " + save + ": cannot write it (" + IoReasons.reason(e.getCause()) + ")";
        commit.last(RunStatus.FAILED, Optional.of(problem), outcome.engine());
        throw new UserFacingException(problem, 1, e);
      }
      err.println("saved the network to " + save);
    }
    commit.last(RunStatus.FINISHED, Optional.empty(), outcome.engine());
  }

  /**
   * Writes the manifest once, with how the run ended; a SIGINT or SIGTERM before that writes it
   * as {@code interrupted} instead. The two never race: whichever comes second sees it is done.
   */
  private final class ManifestCommit {

    private final RunManifest manifest;
    private final Path target;
    private boolean written;

    ManifestCommit(RunManifest manifest, Path target) {
      this.manifest = manifest;
      this.target = target;
    }

    synchronized void last(RunStatus status, Optional<String> message, String engine) {
      if (target == null || written) {
        return;
      }
      written = true;
      try {
        AtomicFiles.write(target, manifest.toJson(status, message, engine));
      } catch (IOException e) {
        throw new UserFacingException(
            "--json " + target + ": cannot write it (" + IoReasons.reason(e) + ")", 1, e);
      }
      spec.commandLine().getErr().println("wrote " + target);
    }

    void interrupted() {
      last(RunStatus.INTERRUPTED, Optional.of("stopped by a signal"), manifest.engineSoFar());
    }
  }

  private dev.nnlab.network.data.DataSetDefinition dataSetDefinition() {
    try {
      return data.definition();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--dataset " + data.dataset + ": unknown data set; expected one of "
              + dev.nnlab.network.data.DataSetDefinition.names(), e);
    }
  }
}
