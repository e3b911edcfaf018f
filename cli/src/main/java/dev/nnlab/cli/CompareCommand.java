package dev.nnlab.cli;

import dev.nnlab.cli.io.OutputLock;
import dev.nnlab.cli.io.ReportDirectory;
import dev.nnlab.cli.lab.Comparison;
import dev.nnlab.cli.lab.Configuration;
import dev.nnlab.cli.lab.ConfigurationResults;
import dev.nnlab.cli.lab.FinishedRuns;
import dev.nnlab.cli.lab.ReportWriter;
import dev.nnlab.cli.lab.RunResult;
import dev.nnlab.cli.lab.SetupNetwork;
import dev.nnlab.cli.sweep.Grid;
import dev.nnlab.cli.train.InitialWeightCheck;
import dev.nnlab.cli.train.TrainingData;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.audit.Probe;
import dev.nnlab.network.data.DataSetDefinition;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Trains several configurations with several seeds and writes a self-contained report. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Trains every combination of the listed values, with several seeds, and writes a report.",
      "",
      "List values with commas: --init rand,randn,xavier-normal --activation sigmoid,tanh.",
      "Listable: --init, --bias-init, --activation, --output-activation, --cost, --optimizer.",
      "Runs with the same seed share the data order and every random draw their configurations",
      "do not change. The report in --out DIR: index.html (opens offline), PNG charts, results.json.",
      "With --spark MASTER the runs go to Apache Spark and are kept in DIR/runs/ as sweep keeps them;",
      "larger grids, exclusions and resuming: nnlab sweep (docs/sweeps.md).",
      "",
      "Try:  ./nnlab compare --init rand,randn,xavier-normal --epochs 3 --out report"
    })
final class CompareCommand implements Runnable {

  static final int MAX_RUNS = 200;

  @ParentCommand NnlabCommand root;

  @Spec CommandSpec spec;

  @Mixin NetworkOptions network;

  @Mixin TrainingDataOptions data;

  @Mixin UserDataOptions userData;

  @Option(names = "--seeds", paramLabel = "N", defaultValue = "3",
      description = "Seeds per configuration: --seed, --seed + 1, ... (default: ${DEFAULT-VALUE}).")
  int seeds;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The directory to write the report into (created if needed).")
  Path out;

  @Option(names = "--resume",
      description = "Keep the runs a killed compare into the same --out had finished (they wait in the hidden"
          + " sibling .DIR.runs until the report is written) and train only the others.")
  boolean resume;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Runs trained at the same time, one thread each (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--probe-size", paramLabel = "N", defaultValue = "1000",
      description = "Training images the audit and the per-layer charts measure (default: ${DEFAULT-VALUE}).")
  int probeSize;

  @Option(names = "--spark", paramLabel = "MASTER",
      description = "Run the comparison as a sweep on Apache Spark (local[N] or spark://HOST:PORT); the runs"
          + " are kept in DIR/runs/ as sweep keeps them, so the same command again resumes.")
  String spark;

  /** Options of compare itself, which a run does not take. */
  private static final Set<String> OWN_OPTIONS = Set.of(
      "--seeds", "--out", "--threads", "--probe-size", "--spark", "--data", "--seed", "--help", "--version",
      "--plugins", "--debug", "--resume");

  /** The listable options: name on the command line, how to read and how to set it on a copy. */
  private record Listable(String option, Function<NetworkOptions, String> get, BiConsumer<NetworkOptions, String> set) {}

  private static final List<Listable> LISTABLE = List.of(
      new Listable("--init", o -> o.init, (o, v) -> o.init = v),
      new Listable("--bias-init", o -> o.biasInit, (o, v) -> o.biasInit = v),
      new Listable("--activation", o -> o.activation, (o, v) -> o.activation = v),
      new Listable("--output-activation", o -> o.outputActivation, (o, v) -> o.outputActivation = v),
      new Listable("--cost", o -> o.cost, (o, v) -> o.cost = v),
      new Listable("--optimizer", o -> o.optimizer, (o, v) -> o.optimizer = v));

  @Override
  public void run() {
    validate();
    // a known data set's configurations are checked before anything is fetched; the user's data
    // decide the input size, so theirs are resolved once the data are read
    boolean user = UserDataOptions.isUserData(data);
    if (user && spark != null) {
      throw new IllegalArgumentException("--spark with --dataset " + data.dataset + ": Spark's executors read only the"
          + " known data sets (" + DataSetDefinition.names() + "); compare the user's own data without --spark");
    }
    if (user && userData.regression()) {
      throw new IllegalArgumentException("--task regression: compare ranks configurations by their accuracy; train"
          + " or doctor a regression instead");
    }
    List<Configuration> configurations = null;
    if (!user) {
      DataSetDefinition definition = AuditCommand.definition(data);
      configurations = configurations(o -> o.resolve(root.catalog(), definition));
      data.validate();
      requireLimits(configurations);
    }
    List<Path> inputs = new ArrayList<>(data.inputs());
    inputs.addAll(userData.inputs(data));
    inputs.addAll(root.pluginPaths);
    try (OutputLock claimed = OutputPaths.claim(List.of(OutputPaths.Output.directory("--out", out)), inputs)) {
      if (spark != null) {
        int exitCode =
            new GridSweep(root, spec, "compare", out, spark, threads, false, probeSize, data.directory).run(grid());
        if (exitCode != 0) {
          throw new UserFacingException("some runs failed; they are listed in " + out.resolve("index.html"), exitCode);
        }
        return;
      }
      TrainingData training = userData.load(data, null, network.seed, spec.commandLine().getErr());
      if (user) {
        configurations = configurations(o -> o.resolve(root.catalog(), training.shape()));
        requireLimits(configurations);
      }
      compare(training, configurations);
    }
  }

  /** Checks, before any data is loaded or run trained, that the runs fit the heap and float32. */
  private void requireLimits(List<Configuration> configurations) {
    configurations.forEach(c -> c.setups().forEach(setup -> InitialWeightCheck.require(SetupNetwork.build(setup))));
    List<Integer> sizes = configurations.get(0).setups().get(0).sizes();
    int atOnce = Math.min(threads, configurations.size() * seeds);
    HeapCheck.require(MemoryEstimate.of(configurations.get(0).setups().get(0), atOnce, probeSize),
        "the network " + sizes + " × " + atOnce + " at a time");
  }

  private void compare(TrainingData training, List<Configuration> configurations) {
    PrintWriter err = spec.commandLine().getErr();
    Probe probe = Probe.of(training.train(), probeSize);
    int total = configurations.size() * seeds;
    err.printf(Locale.ROOT, "Comparing %d configuration%s × %d seed%s = %d runs on %,d %s training %ss, %d at a time%n",
        configurations.size(), configurations.size() == 1 ? "" : "s", seeds, seeds == 1 ? "" : "s", total,
        training.train().size(), training.shape().id(), training.shape().what(), Math.min(threads, total));
    err.flush();
    AtomicInteger done = new AtomicInteger();
    long start = System.nanoTime();
    FinishedRuns store = new FinishedRuns(out, training.record(), probe.size());
    if (!resume) {
      store.clear(); // a fresh comparison: runs a killed one left are not this one's
    }
    List<RunResult> results =
        new Comparison(training.train(), training.test(), probe, threads).run(configurations, result -> {
      synchronized (err) {
        err.printf(Locale.ROOT, "  [%d/%d] %s, seed %d: %.2f %% after the last epoch (%.1f s)%s%n",
            done.incrementAndGet(), total, result.configuration(), result.seed(), 100 * result.finalAccuracy(),
            result.seconds(), result.diverged() == null ? "" : " — diverged");
        err.flush();
      }
    }, store, resume);
    List<ConfigurationResults> grouped = ConfigurationResults.group(configurations, results);
    int epochs = configurations.get(0).setups().get(0).epochs();
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("command", "nnlab " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
    header.put("version", String.valueOf(VersionProvider.class.getPackage().getImplementationVersion()));
    header.put("dataSet", training.record().dataset());
    header.put("trainSize", training.train().size());
    header.put("testSize", training.test().size());
    header.put("probeSize", probe.size());
    header.put("epochs", epochs);
    List<Long> seedList = configurations.get(0).setups().stream().map(TrainingSetup::seed).toList();
    header.put("seeds", seedList);
    header.put("seconds", (System.nanoTime() - start) / 1e9);
    try {
      List<Path> written =
          ReportDirectory.replace(out, directory -> ReportWriter.write(directory, header, grouped, epochs, seeds));
      spec.commandLine().getOut().println("wrote " + written.size() + " files to " + out + "; open "
          + out.resolve("index.html"));
      store.clear();
    } catch (IOException e) {
      throw new UserFacingException("--out " + out + ": cannot write the report (" + e.getMessage() + ")", 1, e);
    }
  }

  private void validate() {
    if (resume && spark != null) {
      throw new IllegalArgumentException("--resume: not with --spark, whose sweep keeps its finished runs itself");
    }
    if (seeds < 1 || seeds > 50) {
      throw new IllegalArgumentException("--seeds " + seeds + ": expected a whole number from 1 to 50");
    }
    if (threads < 1 || threads > 64) {
      throw new IllegalArgumentException("--threads " + threads + ": expected a whole number from 1 to 64");
    }
    if (probeSize < 1 || probeSize > 60_000) {
      throw new IllegalArgumentException("--probe-size " + probeSize + ": expected a whole number from 1 to 60000");
    }
    if (network.seed > Long.MAX_VALUE - (seeds - 1)) {
      throw new IllegalArgumentException("--seed " + network.seed + ": with --seeds " + seeds + " the seeds would"
          + " pass " + Long.MAX_VALUE + " and wrap around; expected at most " + (Long.MAX_VALUE - (seeds - 1)));
    }
  }

  /** Every combination of the listed values, each resolved for every seed (all checked before any run). */
  private List<Configuration> configurations(Function<NetworkOptions, TrainingSetup> resolve) {
    List<Map<String, String>> grid = new ArrayList<>();
    grid.add(new LinkedHashMap<>());
    for (Listable listable : LISTABLE) {
      String given = listable.get().apply(network);
      if (given == null) {
        continue;
      }
      List<String> values = SpecList.split(listable.option(), given);
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : grid) {
        for (String value : values) {
          Map<String, String> extended = new LinkedHashMap<>(partial);
          extended.put(listable.option(), value);
          next.add(extended);
        }
      }
      grid = next;
    }
    if ((long) grid.size() * seeds > MAX_RUNS) {
      throw new IllegalArgumentException("--seeds " + seeds + ": " + grid.size() + " configurations × " + seeds
          + " seeds = " + (long) grid.size() * seeds + " runs; at most " + MAX_RUNS + " are allowed");
    }
    List<Configuration> configurations = new ArrayList<>();
    for (Map<String, String> point : grid) {
      List<TrainingSetup> setups = new ArrayList<>();
      for (int s = 0; s < seeds; s++) {
        NetworkOptions one = copy(network);
        point.forEach((option, value) -> LISTABLE.stream().filter(l -> l.option().equals(option))
            .forEach(l -> l.set().accept(one, value)));
        one.seed = network.seed + s;
        setups.add(resolve.apply(one));
      }
      configurations.add(new Configuration(label(point, configurations.size()), point, setups));
    }
    return configurations;
  }

  /** The same comparison as a sweep's grid: the listed options are its axes, the others fixed. */
  private Grid grid() {
    Map<String, String> fixed = new LinkedHashMap<>();
    Set<String> listed = new HashSet<>();
    LISTABLE.forEach(l -> listed.add(l.option()));
    for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
      String name = option.longestName();
      if (!OWN_OPTIONS.contains(name) && !listed.contains(name)) {
        fixed.put(name, String.valueOf((Object) option.getValue()));
      }
    }
    Map<String, List<String>> axes = new LinkedHashMap<>();
    for (Listable listable : LISTABLE) {
      String given = listable.get().apply(network);
      if (given != null) {
        axes.put(listable.option(), SpecList.split(listable.option(), given));
      }
    }
    List<Long> seedList = new ArrayList<>();
    for (int s = 0; s < seeds; s++) {
      seedList.add(network.seed + s);
    }
    return new Grid(fixed, axes, List.of(), seedList);
  }

  private static String label(Map<String, String> point, int index) {
    List<String> varied = new ArrayList<>();
    point.forEach((option, value) -> varied.add(option.substring(2) + "=" + value));
    return varied.isEmpty() ? "configuration " + (index + 1) : String.join(", ", varied);
  }

  private static NetworkOptions copy(NetworkOptions o) {
    NetworkOptions c = new NetworkOptions();
    c.preset = o.preset;
    c.sizes = o.sizes;
    c.layers = o.layers;
    c.init = o.init;
    c.biasInit = o.biasInit;
    c.activation = o.activation;
    c.outputActivation = o.outputActivation;
    c.cost = o.cost;
    c.optimizer = o.optimizer;
    c.eta = o.eta;
    c.lambda = o.lambda;
    c.miniBatch = o.miniBatch;
    c.epochs = o.epochs;
    c.seed = o.seed;
    c.validation = o.validation;
    return c;
  }
}
