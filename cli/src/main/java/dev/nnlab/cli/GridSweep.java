package dev.nnlab.cli;

import dev.nnlab.core.layer.Network;
import dev.nnlab.cli.lab.SetupNetwork;
import dev.nnlab.cli.sweep.Cell;
import dev.nnlab.cli.sweep.CellRunner;
import dev.nnlab.cli.sweep.Grid;
import dev.nnlab.cli.sweep.GridPoint;
import dev.nnlab.cli.sweep.ResolvedCell;
import dev.nnlab.cli.sweep.RunStore;
import dev.nnlab.cli.sweep.Sweep;
import dev.nnlab.cli.sweep.SweepDirectory;
import dev.nnlab.cli.sweep.SweepExecutor;
import dev.nnlab.cli.sweep.SweepExecutors;
import dev.nnlab.cli.sweep.SweepJob;
import dev.nnlab.cli.sweep.SweepProgress;
import dev.nnlab.cli.sweep.SweepReport;
import dev.nnlab.cli.train.InitialWeightCheck;
import dev.nnlab.cli.train.TrainingData;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.DataSetDefinition;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a grid as {@code sweep} does, for {@code sweep} and for {@code compare --spark}: checks every
 * cell before any run, loads each data set once, runs what {@code DIR/runs/} lacks on the chosen
 * executor, and writes the report. Returns the exit code: 0, or 1 if some run failed.
 */
final class GridSweep {

  private final NnlabCommand root;
  private final CommandSpec spec;
  private final String source;
  private final Path out;
  private final String spark;
  private final int parallel;
  private final boolean retryFailed;
  private final int probeSize;
  private final Path dataDirectory;
  /** Wall time of the runs alone, from the first task handed to the executor to the last outcome. */
  private double runSeconds;

  /**
   * @param source how a bad cell's message starts, e.g. {@code --grid g.json}
   * @param spark the Spark master, or null for the local pool
   * @param dataDirectory where the data sets' files are, or null for the cache
   */
  GridSweep(NnlabCommand root, CommandSpec spec, String source, Path out, String spark, int parallel,
      boolean retryFailed, int probeSize, Path dataDirectory) {
    this.root = root;
    this.spec = spec;
    this.source = source;
    this.out = out;
    this.spark = spark;
    this.parallel = parallel;
    this.retryFailed = retryFailed;
    this.probeSize = probeSize;
    this.dataDirectory = dataDirectory;
  }

  int run(Grid grid) {
    long start = System.nanoTime();
    List<GridPoint> points = grid.points();
    if (points.isEmpty()) {
      throw new IllegalArgumentException(source + ": the exclude rules leave no configuration");
    }
    GridSetups resolver = new GridSetups(root.catalog());
    Map<GridPoint, List<TrainingSetup>> setups = new LinkedHashMap<>();
    List<String> dataSets = new ArrayList<>();
    List<String> dataNames = new ArrayList<>();
    ResolvedCell first = null;
    for (GridPoint point : points) {
      List<TrainingSetup> perSeed = new ArrayList<>();
      for (long seed : grid.seeds()) {
        ResolvedCell cell = resolve(resolver, new Cell(point, seed));
        first = first == null ? cell : first;
        perSeed.add(cell.setup());
        String name = cell.userData().map(u -> u.data().record().dataset()).orElseGet(() -> cell.dataSet().id());
        if (cell.userData().isEmpty() && !dataSets.contains(name)) {
          dataSets.add(name);
        }
        if (!dataNames.contains(name)) {
          dataNames.add(name);
        }
      }
      setups.put(point, perSeed);
    }
    if (spark != null && first.userData().isPresent()) {
      throw new IllegalArgumentException(source + ": --spark with --dataset "
          + first.userData().get().data().record().dataset() + ": Spark's executors read only the known data sets ("
          + DataSetDefinition.names() + "); sweep the user's own data without --spark");
    }
    List<Cell> cells = grid.cells();
    SweepDirectory.check(out, cells);
    RunStore store = new RunStore(out);
    PrintWriter err = spec.commandLine().getErr();
    Map<String, DataSet> data = new LinkedHashMap<>();
    dataSets.forEach(id -> data.put(id, load(id, err)));
    CellRunner runner = new CellRunner(resolver, definition -> data.get(definition.id()), probeSize);
    SweepJob job = new SweepJob(data, probeSize, nnlabJars(), root.pluginLocations());
    Sweep.Summary summary;
    try (SweepExecutor executor = executor(runner, job)) {
      int pending = Sweep.pending(cells, store, retryFailed).size();
      err.printf(Locale.ROOT, "Sweep of %d configuration%s × %d seed%s = %d runs; %d to run on %s%n",
          points.size(), points.size() == 1 ? "" : "s", grid.seeds().size(), grid.seeds().size() == 1 ? "" : "s",
          cells.size(), pending, executor.description());
      err.flush();
      long runsStart = System.nanoTime();
      summary = Sweep.run(cells, store, retryFailed, executor, new SweepProgress(err, terminal(), System::nanoTime));
      runSeconds = (System.nanoTime() - runsStart) / 1e9;
    }
    report(grid, setups, store, dataNames, first.userData().map(u -> u.data())
        .orElseGet(() -> TrainingData.of(data.get(dataSets.get(0)))), summary, start);
    int failed = summary.failed() + summary.alreadyFailed();
    err.printf(Locale.ROOT, "%d run%s now, %d already done before%s; the runs took %.1f s%n", summary.ran(),
        summary.ran() == 1 ? "" : "s", summary.alreadyDone(), failed == 0 ? "; none failed"
            : "; " + failed + " failed (listed in the report; --retry-failed runs them again)", runSeconds);
    err.flush();
    return failed == 0 ? 0 : 1;
  }

  private SweepExecutor executor(CellRunner runner, SweepJob job) {
    try {
      return SweepExecutors.create(spark, parallel, runner, job, GridSweep.class.getClassLoader());
    } catch (SweepExecutors.ExecutorUnavailableException e) {
      throw new UserFacingException(e.getMessage(), 1, e);
    }
  }

  private ResolvedCell resolve(GridSetups resolver, Cell cell) {
    try {
      ResolvedCell resolved = resolver.resolve(cell.arguments());
      Network drawn;
      try {
        drawn = SetupNetwork.build(resolved.setup());
      } catch (RuntimeException e) {
        return resolved; // a component that fails to build is that run's failure, recorded with the others
      }
      InitialWeightCheck.require(drawn);
      return resolved;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": configuration " + cell.point().label() + ": " + e.getMessage(), e);
    }
  }

  private DataSet load(String dataSetId, PrintWriter err) {
    DataOptions options = new DataOptions();
    options.dataset = dataSetId;
    options.directory = dataDirectory;
    return options.load(err);
  }

  private void report(
      Grid grid, Map<GridPoint, List<TrainingSetup>> setups, RunStore store, List<String> dataNames,
      TrainingData first, Sweep.Summary summary, long start) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("command", "nnlab " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
    header.put("version", String.valueOf(VersionProvider.class.getPackage().getImplementationVersion()));
    header.put("dataSet", String.join(", ", dataNames));
    header.put("trainSize", setups.keySet().iterator().next().options().getOrDefault("--train-size",
        String.valueOf(first.train().size())));
    header.put("testSize", first.test().size());
    header.put("probeSize", Math.min(probeSize, first.train().size()));
    header.put("epochs", setups.values().stream().mapToInt(s -> s.get(0).epochs()).max().orElse(0));
    header.put("seeds", grid.seeds());
    header.put("runs", summary.total());
    header.put("executor", spark == null ? "local" : "spark " + spark);
    header.put("seconds", (System.nanoTime() - start) / 1e9);
    header.put("runSeconds", runSeconds);
    try {
      List<Path> written = SweepReport.write(out, header, grid, setups, store);
      spec.commandLine().getOut().println("wrote " + written.size() + " files to " + out + "; open "
          + out.resolve("index.html"));
    } catch (IOException e) {
      throw new UserFacingException("--out " + out + ": cannot write the report (" + e.getMessage() + ")", 1, e);
    } catch (IllegalStateException e) {
      throw new UserFacingException(e.getMessage(), 1, e);
    }
  }

  /** nnlab's own jar, which a Spark cluster's executors need; none when running from class directories. */
  private static List<Path> nnlabJars() {
    try {
      Path location = Path.of(GridSweep.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(location) ? List.of(location) : List.of();
    } catch (URISyntaxException | SecurityException e) {
      return List.of();
    }
  }

  private static java.io.PrintStream terminal() {
    return System.console() != null ? System.err : null;
  }
}
