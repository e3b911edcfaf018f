package dev.nnlab.cli.reproduce;

import dev.nnlab.cli.lab.SetupNetwork;
import dev.nnlab.cli.train.Preset;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.audit.Probe;
import dev.nnlab.network.data.DataSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * He et al. (2015), "Delving deep into rectifiers", section 2.2 and figure 3, on an MLP: 20 hidden
 * ReLU layers of 100 units, sigmoid outputs with cross-entropy (the fast path's canonical pair,
 * standing in for softmax + NLL), SGD η 0.01, mini-batch 10, zero biases, 2 epochs on the first
 * 5,000 MNIST images (sized to fit a shared 2-core machine). He init N(0, 2/n_in) against Xavier
 * N(0, 2/(n_in + n_out)) and N(0, 0.01²).
 */
final class HeDeepRelu implements Experiment {

  static final int HIDDEN_LAYERS = 20;
  static final String HE = "he-normal";
  static final String XAVIER = "xavier-normal";
  static final String SMALL = "normal(std=0.01)";

  @Override
  public String name() {
    return "he-deep-relu";
  }

  @Override
  public String description() {
    return "20 hidden ReLU layers of 100, sigmoid outputs + cross-entropy, SGD η 0.01, mini-batch 10, zero biases, 2 epochs"
        + " on the first 5,000 images; he-normal vs xavier-normal vs normal(std=0.01)";
  }

  @Override
  public String source() {
    return "He et al. 2015: He init learns; Xavier's activations shrink with depth and it stalls or learns far slower;"
        + " N(0, 0.01²) stalls";
  }

  @Override
  public ExperimentResult run(ExperimentContext context) {
    long start = System.nanoTime();
    int width = context.pick(100, 50);
    List<Integer> sizes = new ArrayList<>(List.of(784));
    for (int l = 0; l < HIDDEN_LAYERS; l++) {
      sizes.add(width);
    }
    sizes.add(10);
    Recipe base = Recipe.of(Preset.NETWORK).withSizes(sizes).withBiases("zeros").withActivations("relu", "sigmoid")
        .withCost("cross-entropy").withEta(0.01).withEpochs(context.pick(2, 1));
    Map<String, Recipe> configurations = new LinkedHashMap<>();
    for (String init : List.of(HE, XAVIER, SMALL)) {
      configurations.put(init, base.withWeights(init));
    }
    DataSet data = context.data(context.pick(5000, 3000));
    Probe probe = Probe.of(data.train(), 1000);
    Map<String, List<LayerProfile>> atInit = new LinkedHashMap<>();
    configurations.forEach((init, recipe) -> atInit.put(init, profiles(context, recipe, probe)));
    Map<String, List<SeedRun>> runs = context.train(configurations, data);

    List<Double> xavierShrink = atInit.get(XAVIER).stream().map(LayerProfile::activationShrink).toList();
    List<Double> heShrink = atInit.get(HE).stream().map(LayerProfile::activationShrink).toList();
    List<Double> heBest = PerSeed.percent(runs.get(HE), SeedRun::bestTest);
    List<Double> smallBest = PerSeed.percent(runs.get(SMALL), SeedRun::bestTest);
    List<Double> lead = new ArrayList<>();
    for (int i = 0; i < context.seeds().size(); i++) {
      lead.add(100 * (runs.get(HE).get(i).test().get(0) - runs.get(XAVIER).get(i).test().get(0)));
    }
    // Chance is 10 %; the full form's threshold leaves room below the 89.6 % a 3-epoch, 10,000-image
    // trial reached, the quick form's below the 25–29 % its single short epoch reaches.
    double learns = context.pick(50, 20);
    List<Check> checks = List.of(
        Check.criterion("xavier-normal: std a, hidden layer 20 / hidden layer 1, at init", "Xavier's activations shrink with depth",
            xavierShrink, "< 0.1 in every seed", PerSeed.all(xavierShrink, r -> r < 0.1)),
        Check.criterion("he-normal: std a, hidden layer 20 / hidden layer 1, at init", "He keeps the scale through depth",
            heShrink, "in [0.2, 5] in every seed (theory: 1; Xavier's 2^(−19/2) ≈ 0.0014)",
            PerSeed.all(heShrink, r -> r >= 0.2 && r <= 5)),
        Check.criterion("he-normal: best test accuracy (%)", "He learns", heBest,
            "≥ " + (int) learns + " in every seed", PerSeed.all(heBest, a -> a >= learns)),
        Check.criterion("he-normal − xavier-normal, test accuracy after epoch 0, paired (points)",
            "Xavier stalls or learns far slower", lead, "≥ 10 in every seed", PerSeed.all(lead, l -> l >= 10)),
        Check.criterion("normal(std=0.01): best test accuracy (%)", "N(0, 0.01²) stalls", smallBest,
            "≤ 20 in every seed", PerSeed.all(smallBest, a -> a <= 20)));

    List<ExperimentCharts.Line> stds = new ArrayList<>();
    atInit.forEach((init, profiles) -> {
      double[] x = new double[HIDDEN_LAYERS];
      double[] y = new double[HIDDEN_LAYERS];
      for (int l = 0; l < HIDDEN_LAYERS; l++) {
        x[l] = l + 1;
        int layer = l;
        y[l] = profiles.stream().mapToDouble(p -> p.activationStd()[layer]).average().orElseThrow();
      }
      stds.add(new ExperimentCharts.Line(init, x, y, false));
    });
    List<ExperimentCharts.Line> curves = new ArrayList<>();
    runs.forEach((init, list) -> curves.add(ExperimentCharts.Line.of(init, PerSeed.meanTestCurve(list, false))));
    Map<String, Object> recorded = new LinkedHashMap<>();
    recorded.put("recipe", base.toString());
    recorded.put("atInit", atInit);
    Map<String, Object> accuracy = new LinkedHashMap<>();
    runs.forEach((init, list) -> accuracy.put(init, Ch1Network.curves(list)));
    recorded.put("testAccuracy", accuracy);
    List<Figure> figures = List.of(
        new Figure(name() + "-activation-std.png", "Std of the activations per hidden layer at initialisation, mean over the seeds (log scale).",
            ExperimentCharts.lines(name() + ": std of a per layer at init", "hidden layer", "std of a (log scale)", stds, true)),
        new Figure(name() + "-accuracy.png", "Test accuracy per epoch, mean over the seeds.",
            ExperimentCharts.lines(name() + ": test accuracy", "epoch", "test accuracy (%)", curves, false)));
    return new ExperimentResult(name(), description(), context.quick(), context.seeds(), checks, recorded, figures,
        (System.nanoTime() - start) / 1e9);
  }

  private static List<LayerProfile> profiles(ExperimentContext context, Recipe recipe, Probe probe) {
    List<Callable<LayerProfile>> tasks = new ArrayList<>();
    for (long seed : context.seeds()) {
      TrainingSetup setup = recipe.setup(context.catalog(), seed);
      tasks.add(() -> LayerProfile.of(LayerSignals.of(SetupNetwork.build(setup), setup.cost().value(), probe)));
    }
    return context.parallel(tasks);
  }
}
