package dev.nnlab.examples.lab;

import dev.nnlab.network.audit.AuditReport;
import dev.nnlab.network.audit.Finding;
import dev.nnlab.core.init.Fan;
import dev.nnlab.network.audit.LayerAudit;
import dev.nnlab.network.diagnostics.ChannelSaturation;
import dev.nnlab.network.diagnostics.Saturation;
import java.util.List;
import java.util.Locale;

/**
 * The audit as the terminal shows it: one row per layer, then, for layers with a spatial output
 * (convolutions), the saturated or dead share of every channel, then the verdicts.
 */
public final class AuditTable {

  private AuditTable() {}

  public static String render(AuditReport report) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%-6s %-10s %-12s %9s %9s %11s %10s %10s %9s%n",
        "layer", "fan", "activation", "mean z", "std z", "sat./dead", "δ rms", "‖∂C/∂b‖/√n", "drift/ep"));
    for (LayerAudit layer : report.layers()) {
      text.append(String.format(Locale.ROOT, "%-6s %-10s %-12s %9s %9s %11s %10s %10s %9s%n",
          layer.output() ? layer.layer() + " out" : String.valueOf(layer.layer()),
          fan(layer.fan()),
          shorten(layer.activation(), 12),
          number(layer.preActivation().mean()),
          number(layer.preActivation().std()),
          blocked(layer.saturation()),
          number(layer.deltaRms()),
          number(layer.speed()),
          number(layer.epochDrift())));
    }
    channels(report.layers(), text);
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

  /** Channels per line in the per-channel block. */
  static final int CHANNELS_PER_LINE = 10;

  /**
   * Per channel, ten to a line: the saturated share of its (image, position) pairs for a bounded
   * activation; for the ReLU family the share of its positions dead on every image, with † when
   * all are (the channel's filter gets no gradient). {@code !} marks a channel saturated on at
   * least 90 % of its pairs.
   */
  private static void channels(List<LayerAudit> layers, StringBuilder text) {
    for (LayerAudit layer : layers) {
      if (layer.channels().isEmpty() || layer.saturation().kind() == Saturation.Kind.NOT_APPLICABLE) {
        continue;
      }
      boolean dying = layer.saturation().kind() == Saturation.Kind.DYING;
      text.append(String.format(Locale.ROOT, "%nLayer %d per channel (%d channels, %s): %s%n", layer.layer(),
          layer.channels().size(), layer.activation(),
          dying ? "share of positions dead on every image, † = the whole channel"
              : "share of (image, position) pairs saturated, ! = at least 90 %"));
      List<ChannelSaturation> all = layer.channels();
      for (int from = 0; from < all.size(); from += CHANNELS_PER_LINE) {
        int to = Math.min(all.size(), from + CHANNELS_PER_LINE);
        text.append(String.format(Locale.ROOT, "  %7s", (from + 1) + "-" + to));
        for (ChannelSaturation channel : all.subList(from, to)) {
          text.append(String.format(Locale.ROOT, " %8s", channel(channel)));
        }
        text.append(System.lineSeparator());
      }
    }
  }

  /** {@code 12.5 %}, {@code 100.0 %†} or {@code 93.0 %!}. */
  static String channel(ChannelSaturation channel) {
    String mark = channel.kind() == Saturation.Kind.DYING
        ? (channel.dead() ? "†" : " ")
        : (channel.saturatedFraction() >= dev.nnlab.network.audit.Verdicts.SATURATED_PROBLEM ? "!" : " ");
    return String.format(Locale.ROOT, "%.1f%%", 100 * channel.fraction()) + mark;
  }

  /** {@code 784→30} for a dense layer, {@code 1→20 5×5} (channels and kernel) for a convolution. */
  static String fan(Fan fan) {
    return fan.isConvolution()
        ? fan.inChannels() + "→" + fan.outChannels() + " " + fan.kernelHeight() + "×" + fan.kernelWidth()
        : fan.in() + "→" + fan.out();
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
