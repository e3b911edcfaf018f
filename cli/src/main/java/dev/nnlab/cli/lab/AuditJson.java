package dev.nnlab.cli.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.nnlab.network.audit.AuditReport;
import dev.nnlab.network.audit.Finding;
import dev.nnlab.network.audit.LayerAudit;
import dev.nnlab.network.diagnostics.ChannelSaturation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit's {@code --json}: {@code {"setup", "data", "probeSize", "verdict", "layers": [...],
 * "output", "findings": [...]}}. Each layer has its measurements as the table shows them and, for a
 * spatial layer (a convolution), {@code "channels"}: one entry per output channel, numbered from 1.
 * Non-finite numbers are written as null.
 */
public final class AuditJson {

  private AuditJson() {}

  /**
   * @param setup the configuration's description
   * @param data the probe's description, e.g. "the first 1000 mnist training images"
   */
  public static String write(AuditReport report, String setup, String data) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("setup", setup);
    root.put("data", data);
    root.put("probeSize", report.probeSize());
    root.put("verdict", report.verdict().name().toLowerCase(Locale.ROOT));
    List<Object> layers = new ArrayList<>();
    for (LayerAudit layer : report.layers()) {
      layers.add(layer(layer));
    }
    root.put("layers", layers);
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("modalClass", report.collapse().modalClass());
    output.put("modalShare", number(report.collapse().share()));
    output.put("distinctClasses", report.collapse().distinctClasses());
    output.put("inputSpread", number(report.collapse().inputSpread()));
    output.put("unitSpread", number(report.collapse().unitSpread()));
    root.put("output", output);
    List<Object> findings = new ArrayList<>();
    for (Finding finding : report.findings()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
      f.put("rule", finding.rule().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      f.put("layer", finding.layer() > 0 ? finding.layer() : null);
      f.put("message", finding.message());
      findings.add(f);
    }
    root.put("findings", findings);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the audit as JSON", e);
    }
  }

  private static Map<String, Object> layer(LayerAudit layer) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("layer", layer.layer());
    l.put("output", layer.output());
    l.put("activation", layer.activation());
    Map<String, Object> fan = new LinkedHashMap<>();
    fan.put("in", layer.fan().in());
    fan.put("out", layer.fan().out());
    fan.put("kernel", List.of(layer.fan().kernelHeight(), layer.fan().kernelWidth()));
    l.put("fan", fan);
    l.put("weights", initializer(layer.weightInitializer(), layer.weightFormula()));
    l.put("biases", initializer(layer.biasInitializer(), layer.biasFormula()));
    l.put("zMean", number(layer.preActivation().mean()));
    l.put("zStd", number(layer.preActivation().std()));
    l.put("activationMean", number(layer.activations().mean()));
    l.put("activationStd", number(layer.activations().std()));
    l.put("saturationKind", layer.saturation().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    l.put("saturated", number(layer.saturation().saturatedFraction()));
    l.put("dead", number(layer.saturation().deadFraction()));
    l.put("deltaRms", number(layer.deltaRms()));
    l.put("speed", number(layer.speed()));
    l.put("epochDrift", number(layer.epochDrift()));
    if (!layer.channels().isEmpty()) {
      List<Object> channels = new ArrayList<>();
      for (ChannelSaturation channel : layer.channels()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("channel", channel.channel());
        c.put("saturated", number(channel.saturatedFraction()));
        c.put("deadPositions", number(channel.deadPositionFraction()));
        c.put("dead", channel.dead());
        c.put("zMean", number(channel.meanZ()));
        c.put("zStd", number(channel.stdZ()));
        channels.add(c);
      }
      l.put("channels", channels);
    }
    return l;
  }

  /** In a fixed key order: Map.of iterates in an order salted per JVM. */
  private static Map<String, Object> initializer(String spec, String formula) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("initializer", spec);
    m.put("formula", formula.strip());
    return m;
  }

  private static Double number(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
