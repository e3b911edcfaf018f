package dev.nnlab.cli.sweep;

import java.util.List;

/**
 * Runs what a sweep still lacks: every cell without a file under {@code runs/}, plus the failed ones
 * when asked to retry them; each outcome is recorded the moment it arrives, so nothing finished is
 * kept in memory or lost to a later kill.
 */
public final class Sweep {

  /**
   * @param total the grid's runs
   * @param alreadyDone finished before this sweep started
   * @param alreadyFailed failed before, not retried
   * @param ran run now
   * @param failed run now and failed
   */
  public record Summary(int total, int alreadyDone, int alreadyFailed, int ran, int failed) {}

  private Sweep() {}

  /** The cells this sweep has to run. */
  public static List<Cell> pending(List<Cell> cells, RunStore store, boolean retryFailed) {
    return cells.stream().filter(c -> !store.finished(c) && (retryFailed || !store.failed(c))).toList();
  }

  public static Summary run(
      List<Cell> cells, RunStore store, boolean retryFailed, SweepExecutor executor, SweepProgress progress) {
    List<Cell> pending = pending(cells, store, retryFailed);
    int alreadyDone = (int) cells.stream().filter(store::finished).count();
    int alreadyFailed = (int) cells.stream().filter(c -> !store.finished(c) && store.failed(c) && !retryFailed).count();
    progress.start(pending.size());
    try {
      if (!pending.isEmpty()) {
        executor.run(pending.stream().map(Cell::task).toList(), outcome -> {
          store.record(outcome);
          progress.finished(outcome);
        });
      }
    } finally {
      progress.close();
    }
    return new Summary(cells.size(), alreadyDone, alreadyFailed, pending.size(), progress.failed());
  }
}
