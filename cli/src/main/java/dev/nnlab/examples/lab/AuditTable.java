package dev.nnlab.examples.lab;

import dev.nnlab.network.audit.AuditReport;
import dev.nnlab.network.audit.Finding;
import dev.nnlab.network.audit.LayerAudit;
import dev.nnlab.network.diagnostics.Saturation;
import java.util.Locale;

/** The audit as the terminal shows it: one row per layer, then the verdicts. */
public final class AuditTable {

  private AuditTable() {}

  public static String render(AuditReport report) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%-6s %-10s %-12s %9s %9s %11s %10s %10s %9s%n",
        "layer", "fan", "activation", "mean z", "std z", "sat./dead", "δ rms", "‖∂C/∂b‖/√n", "drift/ep"));
    for (LayerAudit layer : report.layers()) {
      text.append(String.format(Locale.ROOT, "%-6s %-10s %-12s %9s %9s %11s %10s %10s %9s%n",
          layer.output() ? layer.layer() + " out" : String.valueOf(layer.layer()),
          layer.fan().in() + "→" + layer.fan().out(),
          shorten(layer.activation(), 12),
          number(layer.preActivation().mean()),
          number(layer.preActivation().std()),
          blocked(layer.saturation()),
          number(layer.deltaRms()),
          number(layer.speed()),
          number(layer.epochDrift())));
    }
    text.append(System.lineSeparator()).append("Initializers:").append(System.lineSeparator());
    for (LayerAudit layer : report.layers()) {
      text.append(String.format(Locale.ROOT, "  layer %d weights %s%s%n", layer.layer(), layer.weightInitializer(),
          formula(layer.weightFormula())));
      text.append(String.format(Locale.ROOT, "  layer %d biases  %s%s%n", layer.layer(), layer.biasInitializer(),
          formula(layer.biasFormula())));
    }
    text.append(String.format(Locale.ROOT, "%nOutput: %s of %d inputs predicted as class %d (%d classes predicted);"
            + " inputs move its z by %s against a gap of %s between units.%n",
        percent(report.collapse().share()), report.probeSize(), report.collapse().modalClass(),
        report.collapse().distinctClasses(), number(report.collapse().inputSpread()),
        number(report.collapse().unitSpread())));
    text.append(System.lineSeparator()).append("Verdict:").append(System.lineSeparator());
    for (Finding finding : report.findings()) {
      text.append("  ").append(label(finding.severity())).append(finding.message()).append(System.lineSeparator());
    }
    return text.toString();
  }

  private static String label(Finding.Severity severity) {
    return switch (severity) {
      case PROBLEM -> "PROBLEM  ";
      case WARNING -> "warning  ";
      case HEALTHY -> "ok       ";
    };
  }

  private static String formula(String formula) {
    return formula.isBlank() ? "" : formula.startsWith(" ") ? formula : " " + formula;
  }

  /** The saturated share for bounded activations, the dead share (marked †) for the ReLU family. */
  static String blocked(Saturation saturation) {
    return switch (saturation.kind()) {
      case SATURATING -> percent(saturation.saturatedFraction());
      case DYING -> percent(saturation.deadFraction()) + " †";
      case NOT_APPLICABLE -> "–";
    };
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }

  static String number(double x) {
    double magnitude = Math.abs(x);
    if (x == 0 || (magnitude >= 1e-3 && magnitude < 1e5)) {
      return String.format(Locale.ROOT, "%.3g", x);
    }
    return String.format(Locale.ROOT, "%.2e", x);
  }

  private static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
