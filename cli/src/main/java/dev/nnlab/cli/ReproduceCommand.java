package dev.nnlab.cli;

import dev.nnlab.cli.io.AtomicFiles;
import dev.nnlab.cli.reproduce.Experiment;
import dev.nnlab.cli.reproduce.ExperimentContext;
import dev.nnlab.cli.reproduce.ExperimentResult;
import dev.nnlab.cli.reproduce.Experiments;
import dev.nnlab.cli.reproduce.Figure;
import dev.nnlab.cli.reproduce.HandMeasured;
import dev.nnlab.cli.reproduce.Machine;
import dev.nnlab.cli.reproduce.ResultsDocument;
import dev.nnlab.cli.reproduce.ResultsPage;
import dev.nnlab.cli.reproduce.VerdictText;
import dev.nnlab.network.data.DataSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Reruns the book's and the papers' experiments over several seeds and judges them against the published figures. */
@Command(
    name = "reproduce",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reruns published experiments over paired seeds and prints, per measured quantity, the",
      "published value, ours (mean ± SD, min–max), the tolerance and PASS or FAIL. --quick runs a",
      "reduced form (labelled as such; published figures are then not judged, only the direction",
      "of each effect). --epochs N shortens ch6-conv: its published figures are then shown beside",
      "ours as not comparable. Exit code 1 if a check fails.",
      "",
      "Try:  ./nnlab reproduce --list",
      "      ./nnlab reproduce ch1-network ch5-gradient-norms --seeds 3 --out results",
      "      ./nnlab reproduce ch6-conv --epochs 3 --seeds 2"
    })
final class ReproduceCommand implements Runnable {

  static final int MAX_SEEDS = 50;

  @ParentCommand NnlabCommand root;

  @Spec CommandSpec spec;

  @Mixin DataOptions data;

  /** Not offered (so not in the help): refused with a pointer to --quick, for whoever tries it anyway. */
  @Option(names = "--train-size", hidden = true)
  Integer trainSize;

  @Parameters(paramLabel = "NAME", arity = "0..*", description = "Experiments to run (see --list).")
  List<String> names = new ArrayList<>();

  @Option(names = "--list", description = "List the experiments and their published figures, and exit.")
  boolean list;

  @Option(names = "--all", description = "Run every experiment.")
  boolean all;

  @Option(names = "--seeds", paramLabel = "N", description = "Seeds per configuration: --seed, --seed + 1, ... (default: 3; --quick: 2).")
  Integer seeds;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "The first seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--quick", description = "The reduced form: fewer epochs, fewer images; for tests and a first look.")
  boolean quick;

  @Option(names = "--epochs", paramLabel = "N",
      description = "Train N epochs instead of the source's, on the full data (only ch6-conv, whose 60"
          + " take hours); its published figures are then shown as not comparable, not judged.")
  Integer epochs;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Runs trained at the same time (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--json", paramLabel = "FILE", description = "Write every result, per-seed values included, as JSON.")
  Path json;

  @Option(names = "--out", paramLabel = "DIR", description = "Write the figures (PNG) into DIR.")
  Path out;

  @Option(names = "--markdown", paramLabel = "FILE",
      description = "Write a results page (e.g. docs/results.md) from the --from records instead of running anything.")
  Path markdown;

  @Option(names = "--from", paramLabel = "FILE", description = "A --json record of an earlier run, for --markdown (repeatable).")
  List<Path> from = new ArrayList<>();

  @Override
  public void run() {
    PrintWriter stdout = spec.commandLine().getOut();
    if (list) {
      for (Experiment e : Experiments.all()) {
        stdout.println(e.name() + " — " + e.description());
        stdout.println("    published: " + e.source());
      }
      return;
    }
    if (markdown != null || !from.isEmpty()) {
      writePage(stdout);
      return;
    }
    List<Experiment> chosen = chosen();
    int count = seeds == null ? (quick ? 2 : 3) : seeds;
    validate(count);
    validateEpochs(chosen);
    PrintWriter err = spec.commandLine().getErr();
    DataSet dataSet = data.load(err);
    List<Long> seedList = LongStream.range(seed, seed + count).boxed().toList();
    ExperimentContext context = new ExperimentContext(dataSet, root.catalog(), seedList, quick, threads, line -> {
      synchronized (err) {
        err.println("  " + line);
        err.flush();
      }
    }, epochs);
    List<ExperimentResult> results = new ArrayList<>();
    for (Experiment experiment : chosen) {
      err.println("Running " + experiment.name() + (quick ? " (quick)" : "") + " over seeds " + seedList + " ...");
      err.flush();
      ExperimentResult result = experiment.run(context);
      results.add(result);
      VerdictText.lines(result, experiment).forEach(stdout::println);
      stdout.println();
      stdout.flush();
      writeFigures(result);
    }
    writeJson(results);
    if (results.stream().anyMatch(r -> !r.passed())) {
      throw new UserFacingException("reproduce: " + results.stream().filter(r -> !r.passed()).map(ExperimentResult::name).toList()
          + " did not reproduce (see FAIL above)", 1);
    }
  }

  private List<Experiment> chosen() {
    if (all && !names.isEmpty()) {
      throw new IllegalArgumentException("reproduce: give experiment names or --all, not both");
    }
    if (all) {
      return Experiments.all();
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("reproduce: name at least one experiment, or --all; available: " + Experiments.names());
    }
    List<Experiment> chosen = new ArrayList<>();
    for (String name : names) {
      Experiment e = Experiments.byName(name);
      if (chosen.contains(e)) {
        throw new IllegalArgumentException("reproduce " + name + ": named twice");
      }
      chosen.add(e);
    }
    return chosen;
  }

  private void validate(int count) {
    if (count < 1 || count > MAX_SEEDS) {
      throw new IllegalArgumentException("--seeds " + count + ": expected a whole number from 1 to " + MAX_SEEDS);
    }
    if (threads < 1 || threads > 64) {
      throw new IllegalArgumentException("--threads " + threads + ": expected a whole number from 1 to 64");
    }
    if (trainSize != null) {
      throw new IllegalArgumentException("--train-size " + trainSize
          + ": each experiment chooses its own training images; use --quick for a reduced run");
    }
    if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException("--out " + out + ": exists and is not a directory");
    }
    if (json != null && Files.isDirectory(json)) {
      throw new IllegalArgumentException("--json " + json + ": is a directory; expected a file name");
    }
  }

  private void validateEpochs(List<Experiment> chosen) {
    if (epochs == null) {
      return;
    }
    if (epochs < 1) {
      throw new IllegalArgumentException("--epochs " + epochs + ": expected a whole number of at least 1");
    }
    if (quick) {
      throw new IllegalArgumentException("--epochs " + epochs + ": not with --quick (two different reduced forms; give one)");
    }
    List<String> fixed = chosen.stream().filter(e -> !e.takesEpochs()).map(Experiment::name).toList();
    if (!fixed.isEmpty()) {
      throw new IllegalArgumentException("--epochs " + epochs + ": only " + String.join(", ",
          Experiments.all().stream().filter(Experiment::takesEpochs).map(Experiment::name).toList())
          + " can be shortened; " + String.join(", ", fixed) + " train the source's epoch count");
    }
  }

  private void writeFigures(ExperimentResult result) {
    if (out == null) {
      return;
    }
    for (Figure figure : result.figures()) {
      try {
        AtomicFiles.write(out.resolve(figure.file()), figure.png());
      } catch (IOException e) {
        throw new UserFacingException("--out " + out + ": cannot write " + figure.file() + " (" + e.getMessage() + ")", 1, e);
      }
    }
  }

  private void writeJson(List<ExperimentResult> results) {
    if (json == null) {
      return;
    }
    // originalArgs are the whole command line, the subcommand's name included.
    String command = "./nnlab " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    Path jsonDirectory = json.toAbsolutePath().getParent();
    ResultsDocument document = new ResultsDocument(command,
        String.valueOf(VersionProvider.class.getPackage().getImplementationVersion()), Machine.current(),
        Instant.now().truncatedTo(ChronoUnit.MINUTES).toString(), quick,
        out == null ? null : jsonDirectory.relativize(out.toAbsolutePath()).toString(), results);
    try {
      AtomicFiles.write(json, document.toJson());
    } catch (IOException e) {
      throw new UserFacingException("--json " + json + ": cannot write (" + e.getMessage() + ")", 1, e);
    }
  }

  /** --markdown with --from: the results page from earlier records; nothing is trained. */
  private void writePage(PrintWriter stdout) {
    if (markdown == null || from.isEmpty()) {
      throw new IllegalArgumentException(markdown == null
          ? "--from: only with --markdown FILE (which writes the results page from the records)"
          : "--markdown " + markdown + ": needs at least one --from FILE (a --json record of a reproduce run)");
    }
    if (!names.isEmpty() || all) {
      throw new IllegalArgumentException("--markdown " + markdown + ": writes the page from --from records; run the experiments"
          + " first with --json, then write the page");
    }
    List<ResultsPage.Source> sources = new ArrayList<>();
    for (Path file : from) {
      try {
        sources.add(new ResultsPage.Source(ResultsDocument.read(file), file));
      } catch (IOException e) {
        throw new IllegalArgumentException("--from " + file + ": cannot read a reproduce record (" + e.getMessage() + ")", e);
      }
    }
    try {
      AtomicFiles.write(markdown, HandMeasured.keep(ResultsPage.markdown(sources, markdown), markdown));
    } catch (IOException e) {
      throw new UserFacingException("--markdown " + markdown + ": cannot write (" + e.getMessage() + ")", 1, e);
    }
    stdout.println("wrote " + markdown + " from " + sources.size() + " record" + (sources.size() == 1 ? "" : "s"));
  }
}
