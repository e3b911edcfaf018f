package dev.nnlab.cli;

import dev.nnlab.cli.io.OutputLock;
import dev.nnlab.cli.sweep.Grid;
import dev.nnlab.cli.sweep.GridFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    Grid grid = GridFile.read(gridFile);
    List<Path> inputs = new ArrayList<>(List.of(gridFile));
    inputs.addAll(root.pluginPaths);
    if (dataDirectory != null) {
      inputs.add(dataDirectory);
    }
    // One sweep at a time in a directory: a second would run the same cells and race for their files.
    try (OutputLock claimed = OutputPaths.claim(List.of(OutputPaths.Output.directory("--out", out)), inputs)) {
      return new GridSweep(root, spec, "--grid " + gridFile, out, spark, parallel, retryFailed, probeSize,
          dataDirectory).run(grid);
    }
  }

  private void validate() {
    if (parallel < 1 || parallel > 256) {
      throw new IllegalArgumentException("--parallel " + parallel + ": expected a whole number from 1 to 256");
    }
    if (probeSize < 1 || probeSize > 60_000) {
      throw new IllegalArgumentException("--probe-size " + probeSize + ": expected a whole number from 1 to 60000");
    }
  }
}
