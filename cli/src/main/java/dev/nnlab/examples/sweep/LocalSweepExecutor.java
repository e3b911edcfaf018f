package dev.nnlab.examples.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs tasks on a pool of threads in this JVM, one run per thread at a time. */
public final class LocalSweepExecutor implements SweepExecutor {

  private final CellRunner runner;
  private final int threads;
  private final ExecutorService pool;

  public LocalSweepExecutor(CellRunner runner, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("--parallel " + threads + ": expected a whole number >= 1");
    }
    this.runner = runner;
    this.threads = threads;
    this.pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "nnlab-sweep");
      thread.setDaemon(true);
      return thread;
    });
  }

  @Override
  public String description() {
    return threads + (threads == 1 ? " thread" : " threads") + " in this JVM";
  }

  @Override
  public void run(List<SweepTask> tasks, Consumer<TaskOutcome> finished) {
    List<Future<?>> futures = new ArrayList<>();
    for (SweepTask task : tasks) {
      futures.add(pool.submit(() -> finished.accept(runner.run(task))));
    }
    try {
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the sweep was interrupted", e);
    } catch (ExecutionException e) {
      // The runner never throws; this is a failure to record an outcome (a full disk, say).
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
