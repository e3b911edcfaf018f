package dev.nnlab.cli.train;

import dev.nnlab.cli.console.TerminalBar;
import dev.nnlab.network.train.BatchEvent;
import dev.nnlab.network.train.EpochEvent;
import dev.nnlab.network.train.TrainingListener;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;

/**
 * Shows how far the current epoch has got, on stderr so stdout keeps only the Epoch lines: a
 * progress bar on a terminal; elsewhere (a log file, a pipe) one plain line per quarter of an
 * epoch, so logs stay short.
 */
public final class EpochProgress implements TrainingListener {

  private final long trainingSize;
  private final PrintWriter err;
  private final PrintStream terminal;
  private ProgressBar bar;
  private int quartersShown;
  private long seen;
  private long epochStart;

  /**
   * @param trainingSize examples per epoch
   * @param err where plain lines go
   * @param terminal the terminal stream for a live bar, or {@code null} for plain lines
   */
  public EpochProgress(long trainingSize, PrintWriter err, PrintStream terminal) {
    this.trainingSize = trainingSize;
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void batchEnded(BatchEvent event) {
    if (event.batch() == 0) {
      start(event);
    }
    seen += event.batchSize();
    if (bar != null) {
      bar.stepBy(event.batchSize());
      return;
    }
    int quarters = 4 * (event.batch() + 1) / event.batches();
    if (quarters > quartersShown && quarters < 4) {
      quartersShown = quarters;
      err.printf(
          Locale.ROOT,
          "  epoch %d: %d%% (%,d images, %.1f s)%n",
          event.epoch(),
          25 * quarters,
          seen,
          (System.nanoTime() - epochStart) / 1e9);
      err.flush();
    }
  }

  private void start(BatchEvent event) {
    seen = 0;
    quartersShown = 0;
    epochStart = System.nanoTime();
    if (terminal != null) {
      bar = TerminalBar.open(terminal, "Epoch " + event.epoch(), trainingSize, " img", 250, true);
    }
  }

  @Override
  public void epochEnded(EpochEvent event) {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
