package dev.nnlab.cli.doctor;

import dev.nnlab.cli.io.AtomicFiles;
import dev.nnlab.network.doctor.Diagnosis;
import dev.nnlab.network.doctor.LayerReading;
import dev.nnlab.network.doctor.Observation;
import dev.nnlab.network.doctor.RecipeChecks;
import dev.nnlab.network.doctor.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The doctor's {@code --out DIR}: {@code index.html} (self-contained, opens offline, no scripts),
 * its PNG charts and {@code diagnosis.json}. The findings table gives the mini-batch where each
 * finding was first seen; the charts mark it.
 */
public final class DoctorReport {

  private DoctorReport() {}

  public static void write(Path out, Diagnosis diagnosis, String setup, String data) throws IOException {
    Files.createDirectories(out);
    Timeline t = diagnosis.timeline();
    List<Observation> f = diagnosis.findings();
    AtomicFiles.write(out.resolve("cost.png"), DoctorCharts.cost(t, f));
    AtomicFiles.write(out.resolve("accuracy.png"), DoctorCharts.epochs(t));
    AtomicFiles.write(out.resolve("blocked.png"), DoctorCharts.shares(t, f,
        "Saturated (sigmoid, tanh) or dead (ReLU family) share", "share", LayerReading::blocked));
    AtomicFiles.write(out.resolve("gradient.png"), DoctorCharts.perLayer(t, f,
        "Gradient per weight ‖∂C/∂W‖/√n", "‖∂C/∂W‖/√n (log)", true, LayerReading::gradientRms));
    AtomicFiles.write(out.resolve("update.png"), DoctorCharts.perLayer(t, f,
        "Update/weight ratio ‖ΔW‖/‖W‖ (healthy SGD ≈ 1e-3)", "‖ΔW‖/‖W‖ (log)", true, LayerReading::updateRatio));
    AtomicFiles.write(out.resolve("distance.png"), DoctorCharts.perLayer(t, f,
        "Distance from the first reading's weights ‖W − W₀‖/‖W₀‖", "relative distance", false, LayerReading::distance));
    AtomicFiles.write(out.resolve("activation.png"), DoctorCharts.perLayer(t, f,
        "Activations: std over the probe batch", "std of a", false, LayerReading::activationStd));
    AtomicFiles.write(out.resolve("diagnosis.json"), DoctorJson.write(diagnosis, setup, data));
    AtomicFiles.write(out.resolve("index.html"), html(diagnosis, setup, data));
  }

  static String html(Diagnosis d, String setup, String data) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>nnlab doctor: ")
        .append(esc(d.primary().id())).append("</title>\n<style>")
        .append("body{font-family:sans-serif;max-width:820px;margin:2em auto;color:#222}")
        .append("table{border-collapse:collapse;width:100%;font-size:14px}td,th{border-bottom:1px solid #ddd;")
        .append("padding:4px 6px;text-align:left;vertical-align:top}.problem{color:#b00020;font-weight:bold}")
        .append(".warning{color:#a05a00;font-weight:bold}.info{color:#555}code{font-size:13px}img{display:block;")
        .append("margin:1em 0}</style></head><body>\n");
    h.append("<h1>Doctor: <code>").append(esc(d.primary().id())).append("</code></h1>\n");
    h.append("<p><b>Run:</b> <code>").append(esc(setup)).append("</code><br><b>Data:</b> ").append(esc(data))
        .append("</p>\n<h2>Findings, most explanatory first</h2>\n<table><tr><th>#</th><th>severity</th><th>rule</th>")
        .append("<th>first seen (mini-batches trained)</th><th>evidence</th><th>fix</th></tr>\n");
    int i = 1;
    for (Observation o : d.findings()) {
      h.append("<tr><td>[").append(i++).append("]</td><td class=\"").append(o.severity().id()).append("\">")
          .append(o.severity().id()).append("</td><td><code>").append(esc(o.symptom().id())).append("</code></td><td>")
          .append(esc(o.where())).append(step(d.timeline(), o)).append("</td><td>").append(esc(o.evidence())).append("</td><td>")
          .append(esc(o.fix())).append("</td></tr>\n");
    }
    h.append("</table>\n");
    d.timeline().checks().ifPresent(c -> h.append(checks(c)));
    h.append("<h2>Instruments over time</h2>\n<p>Sampled every few mini-batches on a probe batch of training")
        .append(" examples; a red vertical line marks the mini-batch where a problem or warning was first seen.</p>\n");
    for (String png : List.of("cost", "accuracy", "blocked", "gradient", "update", "distance", "activation")) {
      h.append("<img src=\"").append(png).append(".png\" width=\"").append(DoctorCharts.WIDTH)
          .append("\" alt=\"").append(png).append("\">\n");
    }
    h.append("<p>Thresholds and the failure zoo: docs/doctor.md. Numbers: diagnosis.json.</p>\n</body></html>\n");
    return h.toString();
  }

  private static String checks(RecipeChecks c) {
    return String.format(Locale.ROOT, "<h2>Recipe checks, before training</h2>\n<table>"
            + "<tr><td>cost at init</td><td>%.4g against %.4g for the best constant guess (ratio %.2f)</td></tr>"
            + "<tr><td>overfit one mini-batch</td><td>%s: %d examples, %d steps, cost %.4g → %.4g</td></tr>"
            + "<tr><td>inputs</td><td>%d features over %,d examples, range %.4g to %.4g; widest feature %d:"
            + " mean %.4g, std %.4g</td></tr></table>\n",
        c.initialCost(), c.chanceCost(), c.initialCostRatio(), c.overfit().passed() ? "passed" : "failed",
        c.overfit().examples(), c.overfit().steps(), c.overfit().initialCost(), c.overfit().finalCost(),
        c.inputs().features(), c.inputs().examples(), c.inputs().min(), c.inputs().max(), c.inputs().widest(),
        c.inputs().widestMean(), c.inputs().widestStd());
  }

  private static String step(Timeline t, Observation o) {
    long step = DoctorCharts.stepOf(t, o);
    return step < 0 ? "" : " (" + step + ")";
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
