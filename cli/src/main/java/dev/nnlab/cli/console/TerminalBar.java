package dev.nnlab.cli.console;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The live progress bar the command line shows on a terminal (train's epochs, sweep's runs): ASCII,
 * so that any terminal draws it, and written to the terminal stream itself, not to stdout.
 */
public final class TerminalBar {

  private TerminalBar() {}

  /**
   * @param terminal the terminal stream
   * @param task the bar's label, e.g. {@code Epoch 0}
   * @param max the steps to 100 %
   * @param unit what a step is, with its leading space, e.g. {@code " img"}
   * @param updateMillis how often it is redrawn
   * @param showSpeed whether it shows steps per second
   */
  public static ProgressBar open(
      PrintStream terminal, String task, long max, String unit, int updateMillis, boolean showSpeed) {
    ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(unit, 1)
        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(terminal))
        .setUpdateIntervalMillis(updateMillis);
    if (showSpeed) {
      builder.showSpeed();
    }
    return builder.build();
  }
}
