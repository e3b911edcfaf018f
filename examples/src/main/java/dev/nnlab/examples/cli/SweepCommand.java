package dev.nnlab.examples.cli;

import dev.nnlab.examples.sweep.Cell;
import dev.nnlab.examples.sweep.CellRunner;
import dev.nnlab.examples.sweep.Grid;
import dev.nnlab.examples.sweep.GridFile;
import dev.nnlab.examples.sweep.GridPoint;
import dev.nnlab.examples.sweep.ResolvedCell;
import dev.nnlab.examples.sweep.RunStore;
import dev.nnlab.examples.sweep.Sweep;
import dev.nnlab.examples.sweep.SweepExecutor;
import dev.nnlab.examples.sweep.SweepExecutors;
import dev.nnlab.examples.sweep.SweepJob;
import dev.nnlab.examples.sweep.SweepProgress;
import dev.nnlab.examples.sweep.SweepReport;
import dev.nnlab.examples.train.TrainingSetup;
import dev.nnlab.network.data.DataSet;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Runs an experiment grid, resumably, locally or on Spark, and writes compare's report for it. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs every cell of an experiment grid (every combination of the listed option values, with",
      "every seed) and writes compare's report, aggregated per configuration, into --out DIR.",
      "Each finished run is kept in DIR/runs/; the same command again runs only what is missing.",
      "A failed run is recorded with its error and does not stop the others; --retry-failed reruns them.",
      "",
      "Try:  ./nnlab sweep --grid examples/grids/init-activation.json --out sweep",
      "      ./nnlab sweep --grid examples/grids/init-activation.json --out sweep --spark local[2]",
      "Grid files, Spark clusters and measured times: docs/sweeps.md."
    })
final class SweepCommand implements Callable<Integer> {

  @ParentCommand NnlabCommand root;

  @Spec CommandSpec spec;

  @Option(names = "--grid", paramLabel = "FILE", required = true,
      description = "The grid: JSON with \"fixed\", \"grid\", \"exclude\" and \"seeds\" (docs/sweeps.md).")
  Path gridFile;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The directory for the runs and the report (created if needed; reused to resume).")
  Path out;

  @Option(names = "--spark", paramLabel = "MASTER",
      description = "Run on Apache Spark: local[N], or a cluster such as spark://127.0.0.1:7077.")
  String spark;

  @Option(names = "--parallel", paramLabel = "N",
      description = "Runs at the same time in the local pool (default: every core, here ${DEFAULT-VALUE}).")
  int parallel = Runtime.getRuntime().availableProcessors();

  @Option(names = "--retry-failed", description = "Also rerun the runs that failed before.")
  boolean retryFailed;

  @Option(names = "--probe-size", paramLabel = "N", defaultValue = "1000",
      description = "Training images the audit and the per-layer charts measure (default: ${DEFAULT-VALUE}).")
  int probeSize;

  @Option(names = "--data", paramLabel = "DIR",
      description = "A directory holding the data sets' IDX files (as for train); else the cache, filled automatically.")
  Path dataDirectory;

  @Override
  public Integer call() {
    validate();
    long start = System.nanoTime();
    Grid grid = GridFile.read(gridFile);
    List<GridPoint> points = grid.points();
    if (points.isEmpty()) {
      throw new IllegalArgumentException("--grid " + gridFile + ": the exclude rules leave no configuration");
    }
    GridSetups resolver = new GridSetups(root.catalog());
    Map<GridPoint, List<TrainingSetup>> setups = new LinkedHashMap<>();
    Map<String, ResolvedCell> firstOfDataSet = new LinkedHashMap<>();
    for (GridPoint point : points) {
      List<TrainingSetup> perSeed = new ArrayList<>();
      for (long seed : grid.seeds()) {
        ResolvedCell cell = resolve(resolver, new Cell(point, seed));
        perSeed.add(cell.setup());
        firstOfDataSet.putIfAbsent(cell.dataSet().id(), cell);
      }
      setups.put(point, perSeed);
    }
    List<Cell> cells = grid.cells();
    RunStore store = new RunStore(out);
    PrintWriter err = spec.commandLine().getErr();
    Map<String, DataSet> data = new LinkedHashMap<>();
    firstOfDataSet.forEach((id, cell) -> data.put(id, load(id, err)));
    CellRunner runner = new CellRunner(resolver, definition -> data.get(definition.id()), probeSize);
    SweepJob job = new SweepJob(data, probeSize, nnlabJars());
    Sweep.Summary summary;
    try (SweepExecutor executor = executor(runner, job)) {
      int pending = Sweep.pending(cells, store, retryFailed).size();
      err.printf(Locale.ROOT, "Sweep of %d configuration%s × %d seed%s = %d runs; %d to run on %s%n",
          points.size(), points.size() == 1 ? "" : "s", grid.seeds().size(), grid.seeds().size() == 1 ? "" : "s",
          cells.size(), pending, executor.description());
      err.flush();
      summary = Sweep.run(cells, store, retryFailed, executor, new SweepProgress(err, terminal(), System::nanoTime));
    }
    report(grid, setups, store, data, summary, start);
    int failed = summary.failed() + summary.alreadyFailed();
    err.printf(Locale.ROOT, "%d run%s now, %d already done before%s%n", summary.ran(), summary.ran() == 1 ? "" : "s",
        summary.alreadyDone(), failed == 0 ? "; none failed"
            : "; " + failed + " failed (listed in the report; --retry-failed runs them again)");
    err.flush();
    return failed == 0 ? 0 : 1;
  }

  private SweepExecutor executor(CellRunner runner, SweepJob job) {
    try {
      return SweepExecutors.create(spark, parallel, runner, job, SweepCommand.class.getClassLoader());
    } catch (SweepExecutors.ExecutorUnavailableException e) {
      throw new UserFacingException(e.getMessage(), 1, e);
    }
  }

  private ResolvedCell resolve(GridSetups resolver, Cell cell) {
    try {
      return resolver.resolve(cell.arguments());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--grid " + gridFile + ": configuration " + cell.point().label() + ": "
          + e.getMessage(), e);
    }
  }

  private DataSet load(String dataSetId, PrintWriter err) {
    DataOptions options = new DataOptions();
    options.dataset = dataSetId;
    options.directory = dataDirectory;
    return options.load(err);
  }

  private void report(
      Grid grid, Map<GridPoint, List<TrainingSetup>> setups, RunStore store, Map<String, DataSet> data,
      Sweep.Summary summary, long start) {
    DataSet first = data.values().iterator().next();
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("command", "nnlab " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
    header.put("version", String.valueOf(VersionProvider.class.getPackage().getImplementationVersion()));
    header.put("dataSet", String.join(", ", data.keySet()));
    header.put("trainSize", setups.keySet().iterator().next().options().getOrDefault("--train-size",
        String.valueOf(first.train().size())));
    header.put("testSize", first.test().size());
    header.put("probeSize", Math.min(probeSize, first.train().size()));
    header.put("epochs", setups.values().stream().mapToInt(s -> s.get(0).epochs()).max().orElse(0));
    header.put("seeds", grid.seeds());
    header.put("runs", summary.total());
    header.put("executor", spark == null ? "local" : "spark " + spark);
    header.put("seconds", (System.nanoTime() - start) / 1e9);
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

  private void validate() {
    if (parallel < 1 || parallel > 256) {
      throw new IllegalArgumentException("--parallel " + parallel + ": expected a whole number from 1 to 256");
    }
    if (probeSize < 1 || probeSize > 60_000) {
      throw new IllegalArgumentException("--probe-size " + probeSize + ": expected a whole number from 1 to 60000");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException("--out " + out + ": exists and is not a directory");
    }
  }

  /** nnlab's own jar, which a Spark cluster's executors need; none when running from class directories. */
  private static List<Path> nnlabJars() {
    try {
      Path location = Path.of(SweepCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(location) ? List.of(location) : List.of();
    } catch (URISyntaxException | SecurityException e) {
      return List.of();
    }
  }

  private static java.io.PrintStream terminal() {
    return System.console() != null ? System.err : null;
  }
}
