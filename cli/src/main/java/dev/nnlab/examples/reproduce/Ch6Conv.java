package dev.nnlab.examples.reproduce;

import dev.nnlab.examples.train.Preset;
import dev.nnlab.network.data.DataSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chapter 6's network3.py runs: one fully connected net, then one and two conv-pool layers, then
 * ReLU with L2; each reported as network3.py does, the test accuracy of the best validation epoch.
 *
 * <p>The quick form is a different, much smaller measurement: network3-fc and network3-conv only,
 * one epoch on a few thousand images, checking only the direction (the conv net ahead).
 */
final class Ch6Conv implements Experiment {

  /** Published accuracies, chapter 6, in preset order. */
  static final Map<String, Double> PUBLISHED = published();

  /** Not calibrated on our own 60-epoch runs (none was done); ch1's 2.5-SD margin. */
  static final double MARGIN = 0.5;

  static final int QUICK_TRAIN = 3000;

  private static Map<String, Double> published() {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("network3-fc", 97.80);
    values.put("network3-conv", 98.78);
    values.put("network3-conv2", 99.06);
    values.put("network3-conv2-relu", 99.23);
    return values;
  }

  @Override
  public String name() {
    return "ch6-conv";
  }

  @Override
  public String description() {
    return "network3.py's presets network3-fc, -conv, -conv2, -conv2-relu, 60 epochs on 50,000 images; test accuracy"
        + " at the best validation epoch. QUICK FORM: only -fc and -conv, 1 epoch on " + QUICK_TRAIN
        + " images, direction only";
  }

  @Override
  public String source() {
    return "Nielsen, Neural Networks and Deep Learning, chapter 6 (network3.py): 97.80, 98.78, 99.06, 99.23 %";
  }

  @Override
  public ExperimentResult run(ExperimentContext context) {
    long start = System.nanoTime();
    Map<String, Recipe> recipes = new LinkedHashMap<>();
    for (String id : context.quick() ? List.of("network3-fc", "network3-conv") : List.copyOf(PUBLISHED.keySet())) {
      Preset preset = Preset.byId(id);
      recipes.put(id, Recipe.of(preset).withEpochs(context.pick(preset.epochs(), 1)));
    }
    DataSet data = context.data(context.pick(0, QUICK_TRAIN));
    Map<String, List<SeedRun>> runs = context.train(recipes, data);
    List<Check> checks = new ArrayList<>();
    if (context.quick()) {
      List<Double> fc = PerSeed.percent(runs.get("network3-fc"), SeedRun::testAtBestValidation);
      List<Double> conv = PerSeed.percent(runs.get("network3-conv"), SeedRun::testAtBestValidation);
      List<Double> lead = new ArrayList<>();
      for (int i = 0; i < fc.size(); i++) {
        lead.add(conv.get(i) - fc.get(i));
      }
      checks.add(Check.criterion("quick: network3-conv − network3-fc test accuracy (points)",
          "the conv net beats the fully connected one (97.80 → 98.78 %)", lead, "> 0 in every seed",
          PerSeed.all(lead, d -> d > 0)));
    } else {
      recipes.keySet().forEach(id -> checks.add(SeedRange.plusMinus(MARGIN).judge(id
          + ": test accuracy at the best validation epoch (%)", PUBLISHED.get(id),
          PerSeed.percent(runs.get(id), SeedRun::testAtBestValidation))));
    }
    Map<String, Object> details = new LinkedHashMap<>();
    recipes.forEach((id, recipe) -> details.put(id, Map.of("recipe", recipe.toString(),
        "testAccuracy", Ch1Network.curves(runs.get(id)))));
    List<Figure> figures = new ArrayList<>();
    recipes.keySet().forEach(id -> figures.add(
        Ch1Network.accuracyFigure(name() + "-" + id, runs.get(id), PUBLISHED.get(id))));
    return new ExperimentResult(name(), description(), context.quick(), context.seeds(), checks, details, figures,
        (System.nanoTime() - start) / 1e9);
  }
}
