package dev.nnlab.cli;

import dev.nnlab.network.data.FetchListener;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows what the data loader does: a progress bar per transfer on a terminal; elsewhere (a log, a
 * pipe) plain lines, at most one per quarter of a transfer, so logs stay readable.
 */
final class ConsoleFetchListener implements FetchListener {

  private static final long MEGABYTE = 1 << 20;

  private final PrintWriter err;
  private final boolean terminal;
  private ProgressBar bar;
  private long total;
  private int quartersShown;

  ConsoleFetchListener(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void trying(String source) {
    err.println("Fetching from " + source + " ...");
    err.flush();
  }

  @Override
  public void failed(String source, String reason) {
    err.println("  not available: " + reason);
    err.flush();
  }

  @Override
  public void transferStarted(String name, long totalBytes) {
    total = totalBytes;
    quartersShown = 0;
    if (terminal) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(name)
              .setInitialMax(totalBytes)
              .setUnit(" MB", MEGABYTE)
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
              .showSpeed()
              .build();
    } else {
      err.println("  " + name + (totalBytes >= 0 ? " (" + megabytes(totalBytes) + ")" : ""));
      err.flush();
    }
  }

  @Override
  public void transferProgress(String name, long bytes) {
    if (bar != null) {
      bar.stepTo(bytes);
    } else if (total > 0) {
      int quarters = (int) (4 * bytes / total);
      if (quarters > quartersShown && quarters < 4) {
        quartersShown = quarters;
        err.printf(Locale.ROOT, "  %s: %d%% (%s)%n", name, 25 * quarters, megabytes(bytes));
        err.flush();
      }
    }
  }

  @Override
  public void transferFinished(String name) {
    if (bar != null) {
      bar.close();
      bar = null;
    } else {
      err.println("  " + name + ": done");
      err.flush();
    }
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MEGABYTE);
  }
}
