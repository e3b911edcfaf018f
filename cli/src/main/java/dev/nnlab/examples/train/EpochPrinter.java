package dev.nnlab.examples.train;

import dev.nnlab.network.train.EpochEvent;
import dev.nnlab.network.train.Evaluation;
import dev.nnlab.network.train.TrainingListener;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * Prints network.py's line after every epoch, {@code Epoch 0: 9129 / 10000} (test set), followed
 * by the validation result when that set is evaluated too.
 */
public final class EpochPrinter implements TrainingListener {

  private final PrintWriter out;

  public EpochPrinter(PrintWriter out) {
    this.out = Objects.requireNonNull(out, "out");
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

  @Override
  public void epochEnded(EpochEvent event) {
    out.println(line(event));
    out.flush();
  }
}
