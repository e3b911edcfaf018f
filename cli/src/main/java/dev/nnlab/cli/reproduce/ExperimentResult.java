package dev.nnlab.cli.reproduce;

import java.util.List;
import java.util.Map;

/**
 * What one experiment measured and concluded.
 *
 * @param name the experiment's name
 * @param description its setup, one line
 * @param quick whether this was the reduced {@code --quick} form
 * @param seeds the seeds run, in order (every configuration of the experiment used the same ones)
 * @param checks the verdict rows
 * @param data the per-seed measurements behind the checks and figures, for the JSON record
 * @param figures the charts drawn from the same runs
 * @param seconds wall time of the experiment
 */
public record ExperimentResult(
    String name,
    String description,
    boolean quick,
    List<Long> seeds,
    List<Check> checks,
    Map<String, Object> data,
    List<Figure> figures,
    double seconds) {

  public ExperimentResult {
    seeds = List.copyOf(seeds);
    checks = List.copyOf(checks);
    data = Map.copyOf(data);
    figures = List.copyOf(figures);
  }

  /** Whether every check that this form judges passed. */
  public boolean passed() {
    return checks.stream().allMatch(c -> c.passed() || !c.judged(quick));
  }

  /** Whether this form judges any check at all (a run shorter than the source's may judge none). */
  public boolean judged() {
    return checks.stream().anyMatch(c -> c.judged(quick));
  }

  /** {@code PASS}, {@code FAIL}, or {@code NOT COMPARABLE} when nothing was judged. */
  public String verdict() {
    return !judged() ? "NOT COMPARABLE" : passed() ? "PASS" : "FAIL";
  }
}
