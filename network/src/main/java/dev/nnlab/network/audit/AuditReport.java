package dev.nnlab.network.audit;

import java.util.Comparator;
import java.util.List;

/**
 * The result of {@link NetworkAudit#audit}: measurements per layer, the output's collapse, and
 * the findings that {@link Verdicts} draws from them, worst first.
 *
 * @param probeSize how many examples were pushed through
 * @param pace the learning rate and updates per epoch the gradients were judged against
 * @param canonicalOutput whether the cost has the output activation as its canonical link (δ = a − y
 *     at the output, so output saturation does not slow learning)
 * @param layers one per layer, input side first
 * @param collapse how concentrated the predictions are
 * @param findings at least one; a lone {@link Finding.Severity#HEALTHY} one when nothing is wrong
 */
public record AuditReport(
    int probeSize,
    TrainingPace pace,
    boolean canonicalOutput,
    List<LayerAudit> layers,
    OutputCollapse collapse,
    List<Finding> findings) {

  public AuditReport {
    layers = List.copyOf(layers);
    findings =
        findings.stream()
            .sorted(Comparator.comparing(Finding::severity).reversed())
            .toList();
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("an audit has at least one finding");
    }
  }

  /** The most serious severity among the findings. */
  public Finding.Severity verdict() {
    return findings.get(0).severity();
  }

  /** Whether some finding came from {@code rule}. */
  public boolean has(Finding.Rule rule) {
    return findings.stream().anyMatch(f -> f.rule() == rule);
  }

  /** The findings from {@code rule}. */
  public List<Finding> findings(Finding.Rule rule) {
    return findings.stream().filter(f -> f.rule() == rule).toList();
  }

  /**
   * The measured layer at position {@code number}, from 1 (a convolution net's pooling layers are
   * not measured, so its measured layers need not be consecutive).
   *
   * @throws IllegalArgumentException if that layer was not measured
   */
  public LayerAudit layer(int number) {
    return layers.stream()
        .filter(l -> l.layer() == number)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("layer " + number + " was not measured; the audit measured"
            + " layers " + layers.stream().map(LayerAudit::layer).toList()));
  }
}
