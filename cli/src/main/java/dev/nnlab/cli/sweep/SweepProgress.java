package dev.nnlab.cli.sweep;

import dev.nnlab.cli.console.TerminalBar;
import dev.nnlab.cli.lab.RunResultCodec;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;

/**
 * How far a sweep has got, on stderr: runs done, failed and remaining, and an ETA from the pace so
 * far. A live bar on a terminal; elsewhere (a log, a pipe) one line per finished run.
 */
public final class SweepProgress implements AutoCloseable {

  private final PrintWriter err;
  private final PrintStream terminal;
  private final LongSupplier clock;
  private int total;
  private int done;
  private int failed;
  private long start;
  private ProgressBar bar;

  /**
   * @param err where plain lines go
   * @param terminal the terminal for a live bar, or null for plain lines
   * @param clock nanoseconds (System::nanoTime; a test's own)
   */
  public SweepProgress(PrintWriter err, PrintStream terminal, LongSupplier clock) {
    this.err = err;
    this.terminal = terminal;
    this.clock = clock;
  }

  /** The sweep starts {@code total} runs now. */
  public void start(int total) {
    this.total = total;
    this.start = clock.getAsLong();
    if (terminal != null && total > 0) {
      bar = TerminalBar.open(terminal, "Sweep", total, " runs", 500, false);
    }
  }

  /** One run finished (successfully or not). */
  public synchronized void finished(TaskOutcome outcome) {
    done++;
    if (outcome.failed()) {
      failed++;
    }
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(failed + " failed");
      if (outcome.failed()) {
        bar.pause();
        terminal.println();
        terminal.println(line(outcome));
        bar.resume();
      }
      return;
    }
    err.println(line(outcome));
    err.flush();
  }

  String line(TaskOutcome outcome) {
    SweepTask task = outcome.task();
    String what = outcome.failed() ? "FAILED: " + outcome.error()
        : String.format(Locale.ROOT, "%.2f %%", 100 * RunResultCodec.read(outcome.resultJson()).finalAccuracy());
    return String.format(Locale.ROOT, "  [%d/%d] %s, seed %d: %s · %d failed · %d left%s",
        done, total, task.label(), task.seed(), what, failed, total - done, eta());
  }

  /** Remaining runs at the pace of those done so far. */
  private String eta() {
    if (done == total) {
      return "";
    }
    double seconds = (clock.getAsLong() - start) / 1e9 / done * (total - done);
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, " · ETA %dh%02dm", s / 3600, s / 60 % 60)
        : String.format(Locale.ROOT, " · ETA %dm%02ds", s / 60, s % 60);
  }

  public synchronized int failed() {
    return failed;
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
