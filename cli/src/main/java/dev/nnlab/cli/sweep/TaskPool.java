package dev.nnlab.cli.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Threads that each carry one task at a time and report its outcome: the local pool runs the task
 * on such a thread, the Spark driver waits there for the task's one-element job. The work never
 * throws (a failed run is an outcome); an exception out of {@code finished} is a failure to record
 * an outcome (a full disk, say), and stops the sweep.
 */
public final class TaskPool implements AutoCloseable {

  private final ExecutorService threads;

  /**
   * @param count threads, at least 1
   * @param name every thread's name, as a thread dump shows it
   * @param contextLoader the threads' context class loader (Spark's, for its driver threads)
   */
  public TaskPool(int count, String name, ClassLoader contextLoader) {
    this.threads = Executors.newFixedThreadPool(count, runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      thread.setContextClassLoader(contextLoader);
      return thread;
    });
  }

  /** Runs {@code work} on every task and returns when {@code finished} has heard every outcome. */
  public void runAll(List<SweepTask> tasks, Function<SweepTask, TaskOutcome> work, Consumer<TaskOutcome> finished) {
    List<Future<?>> futures = new ArrayList<>();
    for (SweepTask task : tasks) {
      futures.add(threads.submit(() -> finished.accept(work.apply(task))));
    }
    try {
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the sweep was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
