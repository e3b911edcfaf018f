package dev.nnlab.examples.sweep;

import dev.nnlab.examples.lab.Configuration;
import dev.nnlab.examples.lab.ConfigurationResults;
import dev.nnlab.examples.lab.FailedRun;
import dev.nnlab.examples.lab.ReportWriter;
import dev.nnlab.examples.lab.RunResult;
import dev.nnlab.examples.train.TrainingSetup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sweep's report: {@code compare}'s, aggregated per configuration from the files under
 * {@code runs/} (read back only now, so the sweep itself kept nothing), failed runs listed.
 */
public final class SweepReport {

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
    return ReportWriter.write(out, header, results, failures, epochs, grid.seeds().size());
  }
}
