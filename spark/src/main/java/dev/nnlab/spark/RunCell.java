package dev.nnlab.spark;

import dev.nnlab.cli.GridSetups;
import dev.nnlab.cli.sweep.CellRunner;
import dev.nnlab.cli.sweep.SweepTask;
import dev.nnlab.cli.sweep.TaskOutcome;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * One Spark task: one run, by the same {@link CellRunner} a local sweep uses, on the broadcast data,
 * with the components of nnlab and of the sweep's plugins. An executor keeps one runner per sweep,
 * so the data is unpacked once and shared by its runs.
 */
final class RunCell implements Function<SweepTask, TaskOutcome> {

  private static final long serialVersionUID = 1L;

  private static final Map<Long, CellRunner> RUNNERS = new ConcurrentHashMap<>();

  private final Broadcast<DataPayload> data;
  private final int probeSize;
  private final ExecutorPlugins plugins;

  RunCell(Broadcast<DataPayload> data, int probeSize, ExecutorPlugins plugins) {
    this.data = data;
    this.probeSize = probeSize;
    this.plugins = plugins;
  }

  @Override
  public TaskOutcome call(SweepTask task) {
    CellRunner runner = RUNNERS.computeIfAbsent(data.id(), id -> {
      DataPayload payload = data.value();
      return new CellRunner(new GridSetups(plugins.catalog()), payload::dataSet, probeSize);
    });
    return runner.run(task);
  }
}
