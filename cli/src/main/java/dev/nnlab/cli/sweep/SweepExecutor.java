package dev.nnlab.cli.sweep;

import java.util.List;
import java.util.function.Consumer;

/** Runs a sweep's tasks somewhere: a local pool, or a Spark cluster. */
public interface SweepExecutor extends AutoCloseable {

  /** Where the runs go, for the sweep's first line, e.g. {@code 2 threads} or {@code Spark local[2]}. */
  String description();

  /**
   * Runs every task and returns when all have finished. {@code finished} hears of each outcome as it
   * arrives, possibly from several threads at once; a task that fails is an outcome, not an exception.
   */
  void run(List<SweepTask> tasks, Consumer<TaskOutcome> finished);

  /** Releases threads, a Spark context, ...; no exception. */
  @Override
  void close();
}
