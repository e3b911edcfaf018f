package dev.nnlab.cli.reproduce;

import dev.nnlab.cli.train.Preset;
import dev.nnlab.network.data.DataSet;
import java.util.List;
import java.util.Map;

/**
 * The seed's question: chapter 1's network with numpy's {@code rand} (U[0, 1)) weights and biases
 * does not learn; it answers one class for every image.
 */
final class Ch1Rand implements Experiment {

  /** "One class": at least this share of the test images gets the same answer. */
  static final double ONE_CLASS = 0.99;

  @Override
  public String name() {
    return "ch1-rand";
  }

  @Override
  public String description() {
    return "ch1-network with rand (U[0,1)) weights and biases";
  }

  @Override
  public String source() {
    return "the seed's question (network.py with numpy.random.rand): stuck at one class";
  }

  @Override
  public ExperimentResult run(ExperimentContext context) {
    long start = System.nanoTime();
    Recipe recipe = Recipe.of(Preset.NETWORK).withWeights("rand").withBiases("rand").withEpochs(context.pick(30, 3));
    DataSet data = context.data(context.pick(0, 5000));
    List<SeedRun> runs = context.train(Map.of("rand", recipe), data).get("rand");
    List<Double> share = runs.stream().map(r -> 100 * TestPredictions.of(r.network(), data.test()).dominantShare()).toList();
    List<Double> spread = PerSeed.of(runs, r -> 100 * (r.bestTest() - r.test().stream().mapToDouble(Double::doubleValue).min().orElseThrow()));
    List<Double> best = PerSeed.percent(runs, SeedRun::bestTest);
    List<Check> checks = List.of(
        Check.criterion("share of test images given the most frequent answer (%)", "stuck at one class", share,
            "≥ " + 100 * ONE_CLASS + " in every seed, after the last epoch", PerSeed.all(share, s -> s >= 100 * ONE_CLASS)),
        Check.criterion("best test accuracy (%)", "no learning", best,
            "≤ 12 in every seed (one class is 8.9–11.4 % of the test set)", PerSeed.all(best, b -> b <= 12)),
        Check.criterion("test accuracy, best − worst epoch (points)", "it never moves", spread,
            "≤ 0.5 in every seed", PerSeed.all(spread, s -> s <= 0.5)));
    return new ExperimentResult(name(), description(), context.quick(), context.seeds(), checks,
        Map.of("recipe", recipe.toString(), "testAccuracy", Ch1Network.curves(runs)),
        List.of(), (System.nanoTime() - start) / 1e9);
  }
}
