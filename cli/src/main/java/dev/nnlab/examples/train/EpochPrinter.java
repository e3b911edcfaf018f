package dev.nnlab.examples.train;

import dev.nnlab.network.train.EpochEvent;
import dev.nnlab.network.train.Evaluation;
import dev.nnlab.network.train.TrainingListener;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

  @Override
  public void epochEnded(EpochEvent event) {
    out.println(line(event));
    out.flush();
  }
}
