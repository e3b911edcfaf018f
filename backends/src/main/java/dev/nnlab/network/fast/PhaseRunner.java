package dev.nnlab.network.fast;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs one task on several threads at once — the calling thread plus {@code threads − 1} daemon
 * workers started once — and returns when all parts are done. Handing a phase over costs no
 * allocation: workers spin briefly for the next phase (a mini-batch takes tens of microseconds)
 * and then park, so an idle run does not burn a core on a shared machine.
 */
final class PhaseRunner implements AutoCloseable {

  /** One part of a phase: {@code part} of {@code parts}, from 0. */
  @FunctionalInterface
  interface Phase {
    void run(int part, int parts);
  }

  private static final int SPINS = 2_000;

  private final int threads;
  private final Thread[] workers;
  private final Thread caller;
  private final AtomicInteger pending = new AtomicInteger();
  private volatile Phase phase;
  private volatile long generation;
  private volatile boolean closed;
  private volatile Throwable failure;

  PhaseRunner(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("need at least one thread, got " + threads);
    }
    this.threads = threads;
    this.caller = Thread.currentThread();
    this.workers = new Thread[threads - 1];
    for (int t = 1; t < threads; t++) {
      int part = t;
      Thread worker = new Thread(() -> work(part), "nnlab-fast-" + t);
      worker.setDaemon(true);
      workers[t - 1] = worker;
      worker.start();
    }
  }

  int threads() {
    return threads;
  }

  /** Runs {@code task} as {@link #threads()} parts; part 0 on the calling thread. */
  void run(Phase task) {
    if (threads == 1) {
      task.run(0, 1);
      return;
    }
    if (Thread.currentThread() != caller) {
      throw new IllegalStateException("a PhaseRunner is driven by the thread that created it");
    }
    phase = task;
    pending.set(threads - 1);
    generation++;
    for (Thread worker : workers) {
      LockSupport.unpark(worker);
    }
    task.run(0, threads);
    for (int spin = 0; pending.get() > 0; spin++) {
      if (spin < SPINS) {
        Thread.onSpinWait();
      } else {
        LockSupport.park(this);
      }
    }
    Throwable thrown = failure;
    if (thrown != null) {
      failure = null;
      throw new IllegalStateException("a training worker failed: " + thrown, thrown);
    }
  }

  private void work(int part) {
    long seen = 0;
    while (true) {
      for (int spin = 0; generation == seen && !closed; spin++) {
        if (spin < SPINS) {
          Thread.onSpinWait();
        } else {
          LockSupport.park(this);
        }
      }
      if (closed) {
        return;
      }
      seen = generation;
      try {
        phase.run(part, threads);
      } catch (RuntimeException | Error e) {
        failure = e;
      }
      if (pending.decrementAndGet() == 0) {
        LockSupport.unpark(caller);
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    for (Thread worker : workers) {
      LockSupport.unpark(worker);
    }
  }
}
