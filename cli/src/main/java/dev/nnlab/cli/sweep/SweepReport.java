package dev.nnlab.cli.sweep;

import dev.nnlab.cli.lab.Configuration;
import dev.nnlab.cli.lab.ConfigurationResults;
import dev.nnlab.cli.lab.FailedRun;
import dev.nnlab.cli.lab.ReportWriter;
import dev.nnlab.cli.lab.RunResult;
import dev.nnlab.cli.train.TrainingSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sweep's report: {@code compare}'s, aggregated per configuration from the files under
 * {@code runs/} (read back only now, so the sweep itself kept nothing), failed runs listed. It
 * replaces the report files of an earlier sweep of the grid in the same directory.
 */
public final class SweepReport {

  /** The per-configuration charts {@link ReportWriter} names {@code config-N-KIND.png}. */
  private static final Pattern CHART = Pattern.compile("config-\\d+-[a-z]+\\.png");

  private SweepReport() {}

  /**
   * @param setups every configuration's resolved setups, one per seed, in grid order
   * @return the files written, page last
   */
  public static List<Path> write(
      Path out, Map<String, Object> header, Grid grid, Map<GridPoint, List<TrainingSetup>> setups, RunStore store)
      throws IOException {
    List<ConfigurationResults> results = new ArrayList<>();
    List<FailedRun> failures = new ArrayList<>();
    int epochs = 0;
    for (Map.Entry<GridPoint, List<TrainingSetup>> point : setups.entrySet()) {
      List<RunResult> runs = new ArrayList<>();
      for (long seed : grid.seeds()) {
        Cell cell = new Cell(point.getKey(), seed);
        Optional<RunResult> result = store.result(cell);
        result.ifPresent(runs::add);
        store.failure(cell).ifPresent(failures::add);
      }
      if (!runs.isEmpty()) {
        Configuration configuration = new Configuration(point.getKey().label(), point.getKey().values(), point.getValue());
        results.add(new ConfigurationResults(configuration, runs));
        epochs = Math.max(epochs, point.getValue().get(0).epochs());
      }
    }
    if (results.isEmpty()) {
      throw new IllegalStateException("no run of the sweep has finished; nothing to report (" + failures.size()
          + " failed, e.g. " + (failures.isEmpty() ? "none" : failures.get(0).error()) + ")");
    }
    List<Path> written = ReportWriter.write(out, header, results, failures, epochs, grid.seeds().size());
    removeStaleCharts(out, written);
    return written;
  }

  /**
   * The runs are merged, the report is not: charts of configurations an earlier report in this
   * directory showed and this one does not (a compare report of more configurations, say) go, so
   * the directory holds one report. The page, written last, already names only this report's charts.
   */
  private static void removeStaleCharts(Path out, List<Path> written) throws IOException {
    Set<String> current = written.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    List<Path> stale;
    try (Stream<Path> files = Files.list(out)) {
      stale = files.filter(p -> CHART.matcher(p.getFileName().toString()).matches())
          .filter(p -> !current.contains(p.getFileName().toString())).toList();
    }
    for (Path chart : stale) {
      Files.deleteIfExists(chart);
    }
  }
}
