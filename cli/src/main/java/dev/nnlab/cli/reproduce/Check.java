package dev.nnlab.cli.reproduce;

import dev.nnlab.cli.lab.Stats;
import java.util.List;

/**
 * One row of an experiment's verdict: a measured quantity, the published figure or claim, our
 * value per seed, the rule that decides and its outcome.
 *
 * @param kind a published number, or a qualitative claim made measurable
 * @param quantity what was measured, e.g. {@code best test accuracy (%)}
 * @param published the published figure or claim, as the source states it
 * @param values our value for each seed, in seed order
 * @param tolerance the rule, stated so that a reader can apply it to {@code values} by hand
 * @param passed whether the rule holds
 */
public record Check(Kind kind, String quantity, String published, List<Double> values, String tolerance, boolean passed) {

  /** What a check compares with. */
  public enum Kind {
    /**
     * A published result of the full setup (a number, or an outcome such as "this run learned every
     * digit"): a reduced ({@code --quick}) run cannot be judged against it.
     */
    FIGURE,
    /** A qualitative claim with a stated criterion: judged in every form. */
    CLAIM,
    /**
     * A published figure shown beside a run that cannot be compared with it (e.g. one trained for
     * fewer epochs than the source): never judged.
     */
    REFERENCE
  }

  public Check {
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("check '" + quantity + "' has no measured values");
    }
  }

  /**
   * A qualitative claim made measurable: {@code criterion} says what must hold, {@code passed}
   * whether it did.
   */
  public static Check criterion(String quantity, String published, List<Double> values, String criterion, boolean passed) {
    return new Check(Kind.CLAIM, quantity, published, values, criterion, passed);
  }

  /**
   * A published figure beside our values from a different setup: {@code why} says why they cannot be
   * compared; never judged.
   */
  public static Check reference(String quantity, String published, List<Double> values, String why) {
    return new Check(Kind.REFERENCE, quantity, published, values, "none: " + why, false);
  }

  /** Mean, SD, min and max over the seeds. */
  public Stats stats() {
    return Stats.of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Whether this check decides the outcome of a run in the given form. */
  public boolean judged(boolean quick) {
    return kind == Kind.CLAIM || kind == Kind.FIGURE && !quick;
  }

  /**
   * {@code PASS} or {@code FAIL}; {@code not comparable} for a reference figure, {@code not judged
   * (quick)} for a published number in a quick run.
   */
  public String verdict(boolean quick) {
    if (kind == Kind.REFERENCE) {
      return "not comparable";
    }
    if (!judged(quick)) {
      return "not judged (quick)";
    }
    return passed ? "PASS" : "FAIL";
  }
}
