package dev.nnlab.cli.train;

import dev.nnlab.network.train.EpochEvent;
import dev.nnlab.network.train.Evaluation;
import dev.nnlab.network.train.TrainingListener;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
    return line(event.epoch(), event.evaluations());
  }

  /** The line for epoch {@code epoch} with these evaluations (a resumed run replays its earlier ones). */
  public static String line(int epoch, List<Evaluation> evaluations) {
    StringBuilder line = new StringBuilder("Epoch ").append(epoch).append(": ");
    line.append(find(evaluations, TrainingRun.TEST).map(Evaluation::toString).orElse("(no test set)"));
    find(evaluations, TrainingRun.VALIDATION).ifPresent(v -> line.append("  (validation ").append(v).append(')'));
    return line.toString();
  }

  private static Optional<Evaluation> find(List<Evaluation> evaluations, String set) {
    return evaluations.stream().filter(e -> e.set().equals(set)).findFirst();
  }

  /** The line for one epoch of a regression. */
  public static String regressionLine(EpochEvent event) {
    return regressionLine(event.epoch(), event.evaluations());
  }

  /** The line for epoch {@code epoch} of a regression with these evaluations. */
  public static String regressionLine(int epoch, List<Evaluation> evaluations) {
    return "Epoch " + epoch + ": " + find(evaluations, TrainingRun.TEST)
        .map(e -> String.format(Locale.ROOT, "test cost %.4g (%d rows)", e.cost(), e.total()))
        .orElse("(no test set)");
  }

  /** The line this printer prints for an epoch, from its evaluations (a resumed run replays its earlier ones). */
  public String lineFor(int epoch, List<Evaluation> evaluations) {
    return regression ? regressionLine(epoch, evaluations) : line(epoch, evaluations);
  }

  @Override
  public void epochEnded(EpochEvent event) {
    out.println(regression ? regressionLine(event) : line(event));
    out.flush();
  }
}
