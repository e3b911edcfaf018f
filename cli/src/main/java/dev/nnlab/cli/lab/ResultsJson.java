package dev.nnlab.cli.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code results.json}: every run's per-epoch numbers, the same ones the charts are drawn from. */
final class ResultsJson {

  private ResultsJson() {}

  static String write(Map<String, Object> header, List<ConfigurationResults> results) {
    return write(header, results, List.of());
  }

  static String write(Map<String, Object> header, List<ConfigurationResults> results, List<FailedRun> failures) {
    Map<String, Object> root = new LinkedHashMap<>(header);
    List<Object> configurations = new ArrayList<>();
    for (ConfigurationResults config : results) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("label", config.label());
      c.put("values", new LinkedHashMap<>(config.configuration().values()));
      c.put("setup", config.configuration().setups().get(0).toString());
      Stats finals = config.finalAccuracy();
      c.put("finalAccuracyMean", finals.mean());
      c.put("finalAccuracyStd", finals.std());
      List<Object> runs = new ArrayList<>();
      for (RunResult run : config.runs()) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("seed", run.seed());
        r.put("finalAccuracy", run.finalAccuracy());
        r.put("testAccuracy", run.testAccuracy());
        r.put("trainingCost", run.trainingCost().stream().map(v -> Double.isNaN(v) ? null : v).toList());
        List<Object> epochs = new ArrayList<>();
        for (int k = 0; k < run.layers().size(); k++) {
          List<Object> layers = new ArrayList<>();
          for (LayerPoint p : run.layers().get(k)) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("layer", p.layer());
            l.put(p.blockedKind(), Double.isNaN(p.blocked()) ? null : p.blocked());
            l.put("zMean", p.zMean());
            l.put("zStd", p.zStd());
            l.put("activationMean", p.activationMean());
            l.put("activationStd", p.activationStd());
            l.put("deltaRms", p.deltaRms());
            l.put("speed", p.speed());
            l.put("weightGradientNorm", p.weightGradientNorm());
            if (!p.channels().isEmpty()) {
              // per channel: saturated share, or the share of its positions dead on every probe image
              l.put("channels", p.channels().stream().map(v -> Double.isNaN(v) ? null : v).toList());
            }
            layers.add(l);
          }
          Map<String, Object> epoch = new LinkedHashMap<>();
          epoch.put("epoch", k);
          epoch.put("layers", layers);
          epochs.add(epoch);
        }
        r.put("epochs", epochs);
        r.put("verdict", run.verdict());
        // LinkedHashMap, not Map.of: Map.of iterates in an order salted per JVM, so identical
        // runs wrote their keys in different orders
        Map<String, Object> histogram = new LinkedHashMap<>();
        histogram.put("low", run.initialWeights().low());
        histogram.put("high", run.initialWeights().high());
        histogram.put("counts", run.initialWeights().counts());
        r.put("initialWeightHistogram", histogram);
        r.put("diverged", run.diverged());
        r.put("seconds", run.seconds());
        runs.add(r);
      }
      c.put("runs", runs);
      configurations.add(c);
    }
    root.put("configurations", configurations);
    if (!failures.isEmpty()) {
      root.put("failedRuns", failures.stream().map(f -> {
        Map<String, Object> failed = new LinkedHashMap<>();
        failed.put("configuration", f.configuration());
        failed.put("seed", f.seed());
        failed.put("error", f.error());
        return failed;
      }).toList());
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot encode the results as JSON", e);
    }
  }
}
