package dev.nnlab.examples.train;

import dev.nnlab.network.train.EpochEvent;
import dev.nnlab.network.train.Evaluation;
import dev.nnlab.network.train.TrainingListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;

/**
 * Prints network.py's line after every epoch, {@code Epoch 0: 9129 / 10000} (test set), followed
 * by the validation result when that set is evaluated too. A regression has no classes to count, so
 * its line gives the test cost: {@code Epoch 0: test cost 0.0213 (30 rows)}.
 */
public final class EpochPrinter implements TrainingListener {

  private final PrintWriter out;
  private final boolean regression;

  public EpochPrinter(PrintWriter out) {
    this(out, false);
  }

  /** @param regression whether the outputs are numbers to predict (the line gives the cost) */
  public EpochPrinter(PrintWriter out, boolean regression) {
    this.out = Objects.requireNonNull(out, "out");
    this.regression = regression;
  }

  /** The line for one epoch. */
  public static String line(EpochEvent event) {
    StringBuilder line = new StringBuilder("Epoch ").append(event.epoch()).append(": ");
    line.append(event.evaluation(TrainingRun.TEST).map(Evaluation::toString).orElse("(no test set)"));
    event
        .evaluation(TrainingRun.VALIDATION)
        .ifPresent(v -> line.append("  (validation ").append(v).append(')'));
    return line.toString();
  }

  /** The line for one epoch of a regression. */
  public static String regressionLine(EpochEvent event) {
    return "Epoch " + event.epoch() + ": " + event.evaluation(TrainingRun.TEST)
        .map(e -> String.format(Locale.ROOT, "test cost %.4g (%d rows)", e.cost(), e.total()))
        .orElse("(no test set)");
  }

  @Override
  public void epochEnded(EpochEvent event) {
    out.println(regression ? regressionLine(event) : line(event));
    out.flush();
  }
}
