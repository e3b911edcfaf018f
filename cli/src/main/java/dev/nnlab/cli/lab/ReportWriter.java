package dev.nnlab.cli.lab;

import dev.nnlab.cli.io.AtomicFiles;
import dev.nnlab.network.audit.AuditTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the comparison report into a directory: {@code index.html} (self-contained: inline CSS,
 * no script, images referenced relatively), the PNG charts, and {@code results.json}. Every file
 * is written atomically; the page last, so an {@code index.html} always has its charts.
 */
public final class ReportWriter {

  private ReportWriter() {}

  /**
   * @param header run-wide facts for results.json and the page (command, data set, epochs, seeds...)
   * @return the files written, page last
   */
  public static List<Path> write(
      Path directory, Map<String, Object> header, List<ConfigurationResults> results, int epochs, int seeds)
      throws IOException {
    return write(directory, header, results, List.of(), epochs, seeds);
  }

  /**
   * The report of a sweep, whose runs may have failed: those are listed on the page and in
   * results.json, and a configuration none of whose runs finished appears only there.
   */
  public static List<Path> write(
      Path directory, Map<String, Object> header, List<ConfigurationResults> results, List<FailedRun> failures,
      int epochs, int seeds) throws IOException {
    Files.createDirectories(directory);
    Map<String, byte[]> charts = new LinkedHashMap<>();
    charts.put("accuracy.png", ReportCharts.accuracy(results, seeds));
    for (int i = 0; i < results.size(); i++) {
      ConfigurationResults config = results.get(i);
      String prefix = "config-" + (i + 1) + "-";
      charts.put(prefix + "weights.png", ReportCharts.weights(config, i));
      charts.put(prefix + "saturation.png", ReportCharts.saturation(config));
      charts.put(prefix + "gradients.png", ReportCharts.gradients(config));
      charts.put(prefix + "activations.png", ReportCharts.activations(config));
      for (int l : convolutions(config)) {
        charts.put(channelChart(i, config, l), ReportCharts.channels(config, l));
      }
    }
    String summary = EvidenceSummary.write(results, epochs, seeds);
    String json = ResultsJson.write(withSummary(header, summary), results, failures);
    String html = page(header, results, failures, summary, seeds);
    List<Path> written = new java.util.ArrayList<>();
    for (Map.Entry<String, byte[]> chart : charts.entrySet()) {
      Path file = directory.resolve(chart.getKey());
      AtomicFiles.write(file, chart.getValue());
      written.add(file);
    }
    Path results_ = directory.resolve("results.json");
    AtomicFiles.write(results_, json.getBytes(StandardCharsets.UTF_8));
    written.add(results_);
    Path index = directory.resolve("index.html");
    AtomicFiles.write(index, html.getBytes(StandardCharsets.UTF_8));
    written.add(index);
    return written;
  }

  /** The indices (among the measured layers) of the layers measured per channel. */
  private static List<Integer> convolutions(ConfigurationResults config) {
    List<Integer> indices = new java.util.ArrayList<>();
    for (int l = 0; l < config.layers(); l++) {
      if (!config.start(l).channels().isEmpty()) {
        indices.add(l);
      }
    }
    return indices;
  }

  private static String channelChart(int index, ConfigurationResults config, int l) {
    return "config-" + (index + 1) + "-channels-layer" + config.start(l).layer() + ".png";
  }

  private static Map<String, Object> withSummary(Map<String, Object> header, String summary) {
    Map<String, Object> all = new LinkedHashMap<>(header);
    all.put("summary", summary);
    return all;
  }

  static String page(Map<String, Object> header, List<ConfigurationResults> results, String summary, int seeds) {
    return page(header, results, List.of(), summary, seeds);
  }

  static String page(
      Map<String, Object> header, List<ConfigurationResults> results, List<FailedRun> failures, String summary,
      int seeds) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>nnlab comparison: ").append(esc(labels(results))).append("</title>\n<style>\n")
        .append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>Why does (or doesn't) it learn?</h1>\n");
    h.append("<p class=\"lead\">").append(esc(String.valueOf(header.get("command")))).append("</p>\n");
    h.append("<p class=\"meta\">").append(esc(String.valueOf(header.get("dataSet")))).append(" · ")
        .append(header.get("trainSize")).append(" training images · ").append(header.get("epochs"))
        .append(Integer.valueOf(1).equals(header.get("epochs")) ? " epoch · seeds " : " epochs · seeds ").append(esc(String.valueOf(header.get("seeds"))))
        .append(" · audit probe of ").append(header.get("probeSize")).append(" images</p>\n");
    h.append("<section class=\"summary\"><h2>What the evidence says</h2>\n<p>").append(esc(summary))
        .append("</p></section>\n");
    List<ConfigurationResults> ranked = results.stream()
        .sorted(java.util.Comparator.comparingDouble((ConfigurationResults c) -> c.finalAccuracy().mean()).reversed())
        .toList();
    h.append("<h2>Configurations</h2>\n<table>\n<thead><tr><th>rank</th><th>configuration</th><th>final test accuracy</th>")
        .append("<th>per seed</th><th>audit before training</th></tr></thead>\n<tbody>\n");
    for (ConfigurationResults config : results) {
      Stats f = config.finalAccuracy();
      h.append("<tr><td class=\"num\">").append(ranked.indexOf(config) + 1).append("</td><td><a href=\"#config-")
          .append(results.indexOf(config) + 1).append("\"><b>")
          .append(esc(config.label())).append("</b></a></td><td class=\"num\">")
          .append(pct(f.mean())).append(seeds > 1 ? " ± " + String.format(Locale.ROOT, "%.1f", 100 * f.std()) : "")
          .append("</td><td class=\"num\">");
      config.runs().forEach(r -> h.append(pct(r.finalAccuracy())).append(" "));
      h.append("</td><td><span class=\"badge ").append(config.verdictSeverity().toLowerCase(Locale.ROOT))
          .append("\">").append(config.verdictSeverity().toLowerCase(Locale.ROOT)).append("</span></td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    failedRuns(h, failures);
    h.append("<figure><img src=\"accuracy.png\" alt=\"Test accuracy per epoch for every configuration\" width=\"")
        .append(ReportCharts.WIDTH).append("\"></figure>\n");
    h.append("<h2>Initial weights of layer 1</h2>\n<p class=\"note\">The picture of the original question:"
        + " <code>rand</code> is flat on [0, 1), so every weight is positive and every hidden unit adds up"
        + " hundreds of positive terms; <code>randn</code> is a bell of width 1; Xavier's bell is narrow.</p>\n"
        + "<div class=\"grid\">\n");
    for (int i = 0; i < results.size(); i++) {
      h.append("<img src=\"config-").append(i + 1).append("-weights.png\" alt=\"Initial weights of layer 1, ")
          .append(esc(results.get(i).label())).append("\">\n");
    }
    h.append("</div>\n");
    for (int i = 0; i < results.size(); i++) {
      ConfigurationResults config = results.get(i);
      String prefix = "config-" + (i + 1) + "-";
      h.append("<section class=\"config\" id=\"config-").append(i + 1).append("\">\n<h2>")
          .append(esc(config.label())).append("</h2>\n");
      h.append("<p class=\"meta\">").append(esc(config.configuration().setups().get(0).toString())).append("</p>\n");
      h.append("<h3>Audit before training (seed ").append(config.runs().get(0).seed()).append(")</h3>\n<ul class=\"verdict\">\n");
      for (String finding : config.runs().get(0).verdict()) {
        int colon = finding.indexOf(": ");
        String severity = finding.substring(0, colon).toLowerCase(Locale.ROOT);
        h.append("<li><span class=\"badge ").append(severity).append("\">").append(severity).append("</span> ")
            .append(esc(finding.substring(colon + 2))).append("</li>\n");
      }
      h.append("</ul>\n");
      layerTable(h, config);
      config.runs().stream().filter(r -> r.diverged() != null).forEach(r ->
          h.append("<p class=\"warn\">Seed ").append(r.seed()).append(" diverged: ").append(esc(r.diverged())).append("</p>\n"));
      h.append("<div class=\"grid2\">\n");
      for (String chart : List.of("saturation", "gradients", "activations")) {
        h.append("<img src=\"").append(prefix).append(chart).append(".png\" alt=\"").append(esc(config.label()))
            .append(": ").append(chart).append(" per layer over training\">\n");
      }
      h.append("</div>\n");
      channelSection(h, config, i);
      h.append("</section>\n");
    }
    h.append("<footer>Written by nnlab ").append(esc(String.valueOf(header.get("version"))))
        .append(". All numbers are in <a href=\"results.json\">results.json</a>; the charts are drawn from them."
            + " Saturated: |f′(z)| below 1 % of its peak; dead: f′(z) = 0 on every probe image; speed of"
            + " learning: ‖∂C/∂b‖ per unit (Nielsen, chapter 5), all measured on the audit probe.</footer>\n");
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  /** Runs that failed, each with its one-line error; nothing when every run finished. */
  private static void failedRuns(StringBuilder h, List<FailedRun> failures) {
    if (failures.isEmpty()) {
      return;
    }
    h.append("<h2 id=\"failed\">Failed runs</h2>\n<p class=\"warn\">").append(failures.size())
        .append(failures.size() == 1 ? " run" : " runs")
        .append(" did not finish and are left out of the numbers above; <code>--retry-failed</code> runs them again.</p>\n")
        .append("<table class=\"failed\">\n<thead><tr><th>configuration</th><th>seed</th><th>error</th></tr></thead>\n<tbody>\n");
    for (FailedRun failure : failures) {
      h.append("<tr><td>").append(esc(failure.configuration())).append("</td><td class=\"num\">").append(failure.seed())
          .append("</td><td><code>").append(esc(failure.error())).append("</code></td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  /**
   * Per convolution: its channels' chart, and the channels that started blocked (saturated on at
   * least 90 % of their pairs, or dead at every position) in the first seed.
   */
  private static void channelSection(StringBuilder h, ConfigurationResults config, int index) {
    List<Integer> convolutions = convolutions(config);
    if (convolutions.isEmpty()) {
      return;
    }
    h.append("<h3>Per channel</h3>\n<p class=\"note\">A convolution's channel (feature map) shares one filter"
        + " across its positions, so it learns or stalls as a whole: a channel saturated almost everywhere, or dead at"
        + " every position, gives its filter (almost) no gradient even when the layer's average looks fine.</p>\n");
    for (int l : convolutions) {
      LayerPoint start = config.start(l);
      boolean dead = start.blockedKind().equals("dead");
      List<Integer> blocked = new java.util.ArrayList<>();
      for (int c = 0; c < start.channels().size(); c++) {
        double share = start.channels().get(c);
        if (dead ? share == 1 : share >= dev.nnlab.network.audit.Verdicts.SATURATED_PROBLEM) {
          blocked.add(c + 1);
        }
      }
      h.append("<p class=\"meta\">").append(start.name()).append(" (").append(esc(start.fan())).append("): ")
          .append(blocked.isEmpty() ? "no channel " : blocked.size() + " of " + start.channels().size() + " channels ")
          .append(dead ? "dead" : "saturated on ≥ 90 % of their positions").append(" before training (seed ")
          .append(config.runs().get(0).seed()).append(")").append(blocked.isEmpty() ? "" : ": " + blocked)
          .append(".</p>\n");
      h.append("<img src=\"").append(channelChart(index, config, l)).append("\" alt=\"").append(esc(config.label()))
          .append(": ").append(start.name()).append(" per channel before and after training\">\n");
    }
  }

  /** The audit's per-layer numbers before training (first seed), with each layer's weight formula. */
  private static void layerTable(StringBuilder h, ConfigurationResults config) {
    List<LayerPoint> start = config.runs().get(0).layers().get(0);
    h.append("<table class=\"layers\">\n<thead><tr><th>layer</th><th>fan</th><th>weights</th><th>mean z</th>"
        + "<th>std z</th><th>saturated / dead</th><th>δ rms</th><th>‖∂C/∂b‖ per unit</th></tr></thead>\n<tbody>\n");
    for (LayerPoint p : start) {
      h.append("<tr><td>").append(p.name()).append("</td><td class=\"num\">")
          .append(esc(p.fan())).append("</td><td><code>")
          .append(esc(p.weights())).append("</code></td><td class=\"num\">")
          .append(AuditTable.number(p.zMean())).append("</td><td class=\"num\">").append(AuditTable.number(p.zStd()))
          .append("</td><td class=\"num\">")
          .append(Double.isNaN(p.blocked()) ? "–" : pct(p.blocked()) + " " + p.blockedKind()
              + (p.blockedUnits().equals("channels") ? " channels" : ""))
          .append("</td><td class=\"num\">").append(AuditTable.number(p.deltaRms())).append("</td><td class=\"num\">")
          .append(AuditTable.number(p.speed())).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static String labels(List<ConfigurationResults> results) {
    return String.join(" vs ", results.stream().map(ConfigurationResults::label).toList());
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }

  static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static final String CSS = """
      body { margin: 0; background: #f6f7f9; color: #1d2330; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
      main { max-width: 1180px; margin: 0 auto; padding: 28px 32px 48px; background: #fff; }
      h1 { font-size: 30px; margin: 0 0 6px; }
      h2 { font-size: 22px; margin: 34px 0 10px; border-bottom: 1px solid #e3e6ea; padding-bottom: 4px; }
      h3 { font-size: 16px; margin: 16px 0 6px; color: #444; }
      .lead { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 14px; background: #f0f2f5; padding: 6px 10px; border-radius: 6px; overflow-x: auto; white-space: pre-wrap; }
      .meta { color: #5b6472; font-size: 14px; margin: 4px 0; }
      .summary { background: #eef5fb; border-left: 4px solid #0072B2; padding: 2px 18px 8px; margin-top: 20px; }
      .summary h2 { border: none; margin-top: 14px; }
      table { border-collapse: collapse; width: 100%; font-size: 15px; }
      th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid #e3e6ea; vertical-align: top; }
      th { background: #f6f7f9; font-weight: 600; }
      td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
      figure { margin: 16px 0; }
      img { max-width: 100%; height: auto; border: 1px solid #eceef1; border-radius: 4px; }
      .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 12px; }
      .grid2 { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 12px; }
      .note { color: #333; font-size: 15px; }
      ul.verdict { padding-left: 0; list-style: none; }
      ul.verdict li { margin: 6px 0; }
      .badge { display: inline-block; min-width: 62px; text-align: center; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; padding: 1px 6px; border-radius: 4px; margin-right: 6px; }
      .badge.problem { background: #fde2e1; color: #a3120a; }
      .badge.warning { background: #fff1d6; color: #8a5300; }
      .badge.healthy { background: #dff3e8; color: #146c3a; }
      .warn { color: #a3120a; }
      a { color: #0b5c93; text-decoration: none; }
      code { background: #f0f2f5; padding: 0 4px; border-radius: 3px; }
      table.layers { font-size: 14px; margin: 6px 0 14px; }
      table.layers code { font-size: 13px; }
      footer { margin-top: 36px; color: #5b6472; font-size: 13px; }
      """;
}
