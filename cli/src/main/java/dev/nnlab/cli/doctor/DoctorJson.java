package dev.nnlab.cli.doctor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.nnlab.network.doctor.Diagnosis;
import dev.nnlab.network.doctor.EpochReading;
import dev.nnlab.network.doctor.LayerReading;
import dev.nnlab.network.doctor.Observation;
import dev.nnlab.network.doctor.Reading;
import dev.nnlab.network.doctor.RecipeChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The doctor's {@code --json}: {@code {"findings":[{"rule","severity","layer","epoch","batch",
 * "evidence","fix"}…], "primary": "<rule id>", "setup", "data", "checks", "epochs", "readings"}},
 * findings most explanatory first. Non-finite numbers are written as null.
 */
public final class DoctorJson {

  private DoctorJson() {}

  public static String write(Diagnosis diagnosis, String setup, String data) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Object> findings = new ArrayList<>();
    for (Observation o : diagnosis.findings()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("rule", o.symptom().id());
      f.put("severity", o.severity().id());
      f.put("layer", o.layer() > 0 ? o.layer() : null);
      f.put("epoch", o.epoch() >= 0 ? o.epoch() : null);
      f.put("batch", o.batch() >= 0 ? o.batch() : null);
      f.put("evidence", o.evidence());
      f.put("fix", o.fix());
      findings.add(f);
    }
    root.put("findings", findings);
    root.put("primary", diagnosis.primary().id());
    root.put("setup", setup);
    root.put("data", data);
    diagnosis.timeline().checks().ifPresent(c -> root.put("checks", checks(c)));
    List<Object> epochs = new ArrayList<>();
    for (EpochReading e : diagnosis.timeline().epochs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("epoch", e.epoch());
      m.put("trainingCost", number(e.trainingCost()));
      m.put("heldOutCost", number(e.heldOutCost()));
      m.put("heldOutAccuracy", number(e.heldOutAccuracy()));
      m.put("trainingAccuracy", number(e.probeAccuracy()));
      m.put("topClassShare", number(e.topClassShare()));
      epochs.add(m);
    }
    root.put("epochs", epochs);
    List<Object> readings = new ArrayList<>();
    for (Reading r : diagnosis.timeline().readings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("epoch", r.epoch());
      m.put("batch", r.batch());
      m.put("step", r.step());
      m.put("cost", number(r.cost()));
      List<Object> layers = new ArrayList<>();
      for (LayerReading l : r.layers()) {
        Map<String, Object> lm = new LinkedHashMap<>();
        lm.put("layer", l.layer());
        lm.put(l.kind().name().equals("DYING") ? "dead" : "saturated", number(l.blocked()));
        lm.put("activationMean", number(l.activationMean()));
        lm.put("activationStd", number(l.activationStd()));
        lm.put("weightGradientNorm", number(l.weightGradientNorm()));
        lm.put("biasGradientNorm", number(l.biasGradientNorm()));
        lm.put("updateRatio", number(l.updateRatio()));
        lm.put("distanceFromInit", number(l.distance()));
        lm.put("penaltyShare", number(l.penaltyShare()));
        layers.add(lm);
      }
      m.put("layers", layers);
      readings.add(m);
    }
    root.put("readings", readings);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the diagnosis as JSON", e);
    }
  }

  private static Map<String, Object> checks(RecipeChecks c) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> init = new LinkedHashMap<>();
    init.put("cost", number(c.initialCost()));
    init.put("chance", number(c.chanceCost()));
    init.put("ratio", number(c.initialCostRatio()));
    m.put("initialCost", init);
    Map<String, Object> overfit = new LinkedHashMap<>();
    overfit.put("examples", c.overfit().examples());
    overfit.put("steps", c.overfit().steps());
    overfit.put("initialCost", number(c.overfit().initialCost()));
    overfit.put("finalCost", number(c.overfit().finalCost()));
    overfit.put("accuracy", number(c.overfit().accuracy()));
    overfit.put("passed", c.overfit().passed());
    m.put("overfitOneBatch", overfit);
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("features", c.inputs().features());
    inputs.put("examples", c.inputs().examples());
    inputs.put("widestFeature", c.inputs().widest());
    inputs.put("widestMean", number(c.inputs().widestMean()));
    inputs.put("widestStd", number(c.inputs().widestStd()));
    inputs.put("min", number(c.inputs().min()));
    inputs.put("max", number(c.inputs().max()));
    m.put("inputs", inputs);
    return m;
  }

  private static Double number(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
