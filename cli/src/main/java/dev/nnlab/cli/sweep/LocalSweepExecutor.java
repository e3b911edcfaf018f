package dev.nnlab.cli.sweep;

import java.util.List;
import java.util.function.Consumer;

/** Runs tasks on a pool of threads in this JVM, one run per thread at a time. */
public final class LocalSweepExecutor implements SweepExecutor {

  private final CellRunner runner;
  private final int threads;
  private final TaskPool pool;

  public LocalSweepExecutor(CellRunner runner, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("--parallel " + threads + ": expected a whole number >= 1");
    }
    this.runner = runner;
    this.threads = threads;
    this.pool = new TaskPool(threads, "nnlab-sweep", Thread.currentThread().getContextClassLoader());
  }

  @Override
  public String description() {
    return threads + (threads == 1 ? " thread" : " threads") + " in this JVM";
  }

  @Override
  public void run(List<SweepTask> tasks, Consumer<TaskOutcome> finished) {
    pool.runAll(tasks, runner::run, finished);
  }

  @Override
  public void close() {
    pool.close();
  }
}
