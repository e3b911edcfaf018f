package dev.nnlab.cli;

import dev.nnlab.cli.OutputPaths.Output;
import dev.nnlab.cli.doctor.LiveDoctor;
import dev.nnlab.cli.io.AtomicFiles;
import dev.nnlab.cli.io.OutputLock;
import dev.nnlab.cli.lab.SetupNetwork;
import dev.nnlab.cli.train.Checkpointing;
import dev.nnlab.cli.train.EpochPrinter;
import dev.nnlab.cli.train.EpochProgress;
import dev.nnlab.cli.train.EpochRecord;
import dev.nnlab.cli.train.InitialWeightCheck;
import dev.nnlab.cli.train.RunManifest;
import dev.nnlab.cli.train.RunStatus;
import dev.nnlab.cli.train.TrainingData;
import dev.nnlab.cli.train.TrainingRun;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.doctor.Watch;
import dev.nnlab.network.io.DurableFiles;
import dev.nnlab.network.io.IoReasons;
import dev.nnlab.network.io.NetworkFile;
import dev.nnlab.network.train.TrainingListener;
import dev.nnlab.network.train.TrainingState;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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

  /** The file name {@code --checkpoint DIR} uses. */
  static final String CHECKPOINT_NAME = "train.ckpt";

  @ParentCommand NnlabCommand root;

  @Spec CommandSpec spec;

  @Mixin NetworkOptions network;

  @Mixin TrainingDataOptions data;

  @Mixin UserDataOptions userData;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Write a manifest of the run: components, seed, versions, data hashes, every epoch.")
  Path json;

  @Option(names = "--save", paramLabel = "FILE", description = "Save the trained network to FILE.")
  Path save;

  @Option(
      names = "--checkpoint",
      paramLabel = "FILE|DIR",
      description = {
        "Save the run's state after every epoch (see --checkpoint-every), whole or not at all:",
        "weights and buffers, optimizer state, data order, random streams, the epochs so far.",
        "A directory gets DIR/" + TrainCommand.CHECKPOINT_NAME + ". With --resume a killed run continues from",
        "its last saved epoch and ends with the same bytes as one that was never stopped."
      })
  String checkpoint; // a String: a Path would drop the trailing "/" that names a directory yet to be made

  @Option(
      names = "--checkpoint-every",
      paramLabel = "N",
      description = "Save the checkpoint after every N-th epoch, and after the last (default 1).")
  Integer checkpointEvery;

  @Option(
      names = "--resume",
      description = "Continue from the --checkpoint file if it exists; start afresh if it does not.")
  boolean resume;

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
    Path checkpointFile = checkpointFile();
    TrainingSetup known = null;
    if (!user) {
      known = network.resolve(root.catalog(), dataSetDefinition());
      data.validate();
      HeapCheck.require(MemoryEstimate.of(known, 1, 0), "the network " + known.sizes());
      requireSavableOptimizer(known, checkpointFile);
      InitialWeightCheck.require(SetupNetwork.build(known));
    }
    try (OutputLock claimed = OutputPaths.claim(
        List.of(Output.file("--json", json), Output.file("--save", save), Output.file("--checkpoint", checkpointFile)),
        inputs())) {
      if (checkpointFile != null && !resume && Files.exists(checkpointFile)) {
        throw new IllegalArgumentException("--checkpoint " + checkpointFile + ": exists (the checkpoint of an"
            + " earlier run); add --resume to continue it, or remove it to start afresh");
      }
      TrainingData training = userData.load(data, null, network.seed, err);
      TrainingSetup setup = known;
      if (user) {
        setup = network.resolve(root.catalog(), training.shape());
        HeapCheck.require(MemoryEstimate.of(setup, 1, 0), "the network " + setup.sizes());
        requireSavableOptimizer(setup, checkpointFile);
        InitialWeightCheck.require(SetupNetwork.build(setup));
      }
      train(setup, training, out, err, checkpointFile);
    }
  }

  /**
   * The file {@code --checkpoint} names (DIR/{@value #CHECKPOINT_NAME} for a directory), or null;
   * refuses, before any work, the options that need it when it is absent.
   */
  private Path checkpointFile() {
    if (checkpoint == null) {
      if (resume) {
        throw new IllegalArgumentException("--resume needs --checkpoint FILE|DIR: the checkpoint to continue from");
      }
      if (checkpointEvery != null) {
        throw new IllegalArgumentException("--checkpoint-every needs --checkpoint FILE|DIR: where to save");
      }
      return null;
    }
    if (checkpointEvery != null && checkpointEvery < 1) {
      throw new IllegalArgumentException(
          "--checkpoint-every must be >= 1 (epochs between checkpoints), got " + checkpointEvery);
    }
    Path path;
    try {
      path = Path.of(checkpoint);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("--checkpoint " + checkpoint + ": not a valid path (" + e.getReason() + ")", e);
    }
    boolean directory = Files.isDirectory(path) || checkpoint.endsWith("/");
    return directory ? path.resolve(CHECKPOINT_NAME) : path;
  }

  /** With a checkpoint, refuses before work an optimizer that cannot save its state. */
  private static void requireSavableOptimizer(TrainingSetup setup, Path checkpointFile) {
    if (checkpointFile == null) {
      return;
    }
    try {
      setup.optimizer().value().start(List.of()).save(new DataOutputStream(OutputStream.nullOutputStream()));
    } catch (UnsupportedOperationException | IOException e) {
      throw new IllegalArgumentException("--checkpoint: the optimizer " + setup.optimizer().spec()
          + " cannot save its state, so this run cannot be resumed; train without --checkpoint", e);
    }
  }

  /** The files this run reads: the data set's files (or the user's) and the plugin jars. */
  private List<Path> inputs() {
    List<Path> inputs = new ArrayList<>(data.inputs());
    inputs.addAll(userData.inputs(data));
    inputs.addAll(root.pluginPaths);
    return inputs;
  }

  private void train(
      TrainingSetup setup, TrainingData training, PrintWriter out, PrintWriter err, Path checkpointFile) {
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
    EpochPrinter printer = new EpochPrinter(out, training.regression());
    EpochProgress progress =
        new EpochProgress(training.train().size(), err, System.console() != null ? System.err : null);
    List<TrainingListener> listeners =
        new ArrayList<>(List.of(progress, printer, manifest));
    Watch doctor = noDoctor ? null : LiveDoctor.watch(setup, training, err);
    if (doctor != null) {
      listeners.add(doctor);
    }
    Checkpointing checkpointing = null;
    if (checkpointFile != null) {
      checkpointing = new Checkpointing(checkpointFile, checkpointEvery == null ? 1 : checkpointEvery, resume,
          setup, training.record(), manifest, state -> replay(state, checkpointFile, setup, printer, out, err));
      if (doctor != null) {
        checkpointing.carry("doctor", doctor::save, doctor::resume); // its findings are told once, as uninterrupted
      }
      listeners.add(checkpointing);
    }
    ManifestCommit commit = new ManifestCommit(manifest, json);
    Runnable cancel = DurableFiles.beforeExit(commit::interrupted);
    TrainingRun.Outcome outcome;
    try {
      outcome = new TrainingRun(setup, training).execute(listeners, checkpointing);
    } catch (Checkpointing.CheckpointRefusedException e) {
      cancel.run(); // refused before any training: no output is written
      throw e;
    } catch (Checkpointing.CheckpointUnwritableException e) {
      commit.last(RunStatus.FAILED, Optional.of(e.getMessage()), manifest.engineSoFar());
      cancel.run();
      throw new UserFacingException(e.getMessage(), 1, e);
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

  /** Says where a resumed run continues, and prints the earlier epochs' lines as they were printed. */
  private static void replay(
      TrainingState state, Path file, TrainingSetup setup, EpochPrinter printer, PrintWriter out, PrintWriter err) {
    err.printf(Locale.ROOT, "Resuming from %s: %d of %d epochs done%n", file, state.epochsDone(), setup.epochs());
    err.flush();
    for (int epoch = 0; epoch < state.epochsDone(); epoch++) {
      out.println(printer.lineFor(epoch, state.history().evaluations().get(epoch)));
    }
    out.flush();
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
        // The command line makes --save's directory, as it does for --json; the library does not.
        Path directory = save.toAbsolutePath().getParent();
        if (directory != null) {
          Files.createDirectories(directory);
        }
        NetworkFile.save(outcome.network(), save);
      } catch (IOException e) {
        String problem = "--save " + save + ": cannot write it (" + IoReasons.reason(e) + ")";
        commit.last(RunStatus.FAILED, Optional.of(problem), outcome.engine());
        throw new UserFacingException(problem, 1, e);
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
