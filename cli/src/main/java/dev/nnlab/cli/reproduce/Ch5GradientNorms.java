package dev.nnlab.cli.reproduce;

import dev.nnlab.core.model.Cost;
import dev.nnlab.cli.lab.SetupNetwork;
import dev.nnlab.cli.train.Preset;
import dev.nnlab.network.audit.Probe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Chapter 5's vanishing gradient, as his generate_gradient.py measures it before training: for
 * each hidden layer, ‖(1/1000) Σ_x ∂C_x/∂b‖ over the first 1,000 training images (the norm of the
 * batch-mean bias gradient, not a per-unit figure), cross-entropy cost, N(0, 1/n_in) weights and
 * N(0, 1) biases. The norms grow toward the output.
 */
final class Ch5GradientNorms implements Experiment {

  /** Nielsen's numbers, one array per network, first hidden layer first. */
  static final Map<List<Integer>, double[]> PUBLISHED = publishedNorms();

  /**
   * A single network's norms swing by tens of percent from seed to seed (the first hidden layer's
   * most); a factor of 1.25 beyond our range allows for tails a few seeds miss.
   */
  static final double FACTOR = 1.25;

  private static Map<List<Integer>, double[]> publishedNorms() {
    Map<List<Integer>, double[]> norms = new LinkedHashMap<>();
    norms.put(List.of(784, 30, 30, 10), new double[] {0.0657, 0.3092});
    norms.put(List.of(784, 30, 30, 30, 10), new double[] {0.0118, 0.0600, 0.2831});
    norms.put(List.of(784, 30, 30, 30, 30, 10), new double[] {0.0030, 0.0171, 0.0695, 0.2851});
    return norms;
  }

  @Override
  public String name() {
    return "ch5-gradient-norms";
  }

  @Override
  public String description() {
    return "‖∂C/∂b‖ of the batch-mean gradient per hidden layer before training, on the first 1,000 training images:"
        + " [784,30,30,10], [784,30,30,30,10], [784,30,30,30,30,10], sigmoid, cross-entropy, nielsen-default weights,"
        + " randn biases";
  }

  @Override
  public String source() {
    return "Nielsen, chapter 5 (generate_gradient.py): 0.0657, 0.3092 / 0.0118, 0.0600, 0.2831 / 0.0030, 0.0171, 0.0695, 0.2851";
  }

  @Override
  public ExperimentResult run(ExperimentContext context) {
    long start = System.nanoTime();
    Probe probe = Probe.of(context.data(1000).train(), 1000);
    List<Check> checks = new ArrayList<>();
    Map<String, Object> recorded = new LinkedHashMap<>();
    List<ExperimentCharts.Line> lines = new ArrayList<>();
    for (Map.Entry<List<Integer>, double[]> entry : PUBLISHED.entrySet()) {
      Recipe recipe = Recipe.of(Preset.NETWORK2).withSizes(entry.getKey());
      List<Callable<double[]>> tasks = new ArrayList<>();
      for (long seed : context.seeds()) {
        tasks.add(() -> norms(recipe, context, seed, probe));
      }
      List<double[]> perSeed = context.parallel(tasks);
      double[] published = entry.getValue();
      String network = entry.getKey().toString();
      for (int l = 0; l < published.length; l++) {
        int layer = l;
        checks.add(SeedRange.timesOrDividedBy(FACTOR).judge(network + " hidden layer " + (l + 1) + ": ‖∂C/∂b‖",
            published[l], perSeed.stream().map(n -> n[layer]).toList()));
      }
      List<Double> ratios = perSeed.stream().map(n -> growth(n)).toList();
      checks.add(Check.criterion(network + ": smallest ratio of a layer's norm to the one below it",
          "the norms grow toward the output", ratios, "> 1 in every seed", PerSeed.all(ratios, r -> r > 1)));
      recorded.put(network, perSeed);
      double[] x = new double[published.length];
      double[] mean = new double[published.length];
      for (int l = 0; l < published.length; l++) {
        x[l] = l + 1;
        int layer = l;
        mean[l] = perSeed.stream().mapToDouble(n -> n[layer]).average().orElseThrow();
      }
      lines.add(new ExperimentCharts.Line(network + " ours (mean)", x, mean, false));
      lines.add(new ExperimentCharts.Line(network + " published", x, published, true));
    }
    byte[] png = ExperimentCharts.lines(name() + ": ‖∂C/∂b‖ per hidden layer before training", "hidden layer",
        "‖∂C/∂b‖ (log scale)", lines, true);
    return new ExperimentResult(name(), description(), context.quick(), context.seeds(), checks,
        Map.of("norms", recorded, "definition", "‖(1/m) Σ_x ∂C_x/∂b‖₂ per hidden layer, m = 1000"),
        List.of(new Figure(name() + ".png", "Our mean norm per hidden layer (solid) against Nielsen's (dashed, black), log scale.", png)),
        (System.nanoTime() - start) / 1e9);
  }

  private static double[] norms(Recipe recipe, ExperimentContext context, long seed, Probe probe) {
    var setup = recipe.setup(context.catalog(), seed);
    Cost cost = setup.cost().value();
    LayerSignals signals = LayerSignals.of(SetupNetwork.build(setup), cost, probe);
    double[] norms = new double[signals.layers() - 1];
    for (int l = 0; l < norms.length; l++) {
      norms[l] = signals.biasGradientNorm(l);
    }
    return norms;
  }

  /** min over layers of norm(l+1)/norm(l). */
  private static double growth(double[] norms) {
    double smallest = Double.POSITIVE_INFINITY;
    for (int l = 0; l + 1 < norms.length; l++) {
      smallest = Math.min(smallest, norms[l + 1] / norms[l]);
    }
    return smallest;
  }
}
