package dev.nnlab.network.doctor;

import java.util.List;

/**
 * The doctor's conclusion about one run.
 *
 * @param findings every rule that fired, most explanatory first ({@link Observation#EXPLANATORY_ORDER});
 *     {@code healthy} when none asks for a change
 * @param timeline what was measured
 */
public record Diagnosis(List<Observation> findings, Timeline timeline) {

  public Diagnosis {
    findings = List.copyOf(findings);
  }

  /** The first cause to fix: the most explanatory actionable finding, else {@code healthy}. */
  public Symptom primary() {
    return findings.stream().filter(Observation::actionable).map(Observation::symptom).findFirst()
        .orElse(Symptom.HEALTHY);
  }
}
