package dev.nnlab.cli.reproduce;

import dev.nnlab.cli.train.Preset;
import dev.nnlab.network.data.DataSet;
import java.util.List;
import java.util.Map;

/** Chapter 3's regularised network: large initial weights, η = 0.5, λ = 5; best test 96.49 %. */
final class Ch3Regularized implements Experiment {

  static final double PUBLISHED = 96.49;

  @Override
  public String name() {
    return "ch3-regularized";
  }

  @Override
  public String description() {
    return "[784,30,10] sigmoid, cross-entropy, nielsen-large weights, randn biases, η 0.5, λ 5, mini-batch 10,"
        + " 30 epochs; best test accuracy";
  }

  @Override
  public String source() {
    return "Nielsen, chapter 3 (regularization): 96.49 %";
  }

  @Override
  public ExperimentResult run(ExperimentContext context) {
    long start = System.nanoTime();
    Recipe recipe = Recipe.of(Preset.NETWORK2).withWeights("nielsen-large").withEpochs(context.pick(30, 3));
    DataSet data = context.data(context.pick(0, 5000));
    List<SeedRun> runs = context.train(Map.of("regularized", recipe), data).get("regularized");
    List<Double> best = PerSeed.percent(runs, SeedRun::bestTest);
    List<Double> drop = PerSeed.of(runs, r -> 100 * (r.bestTest() - r.test().get(r.test().size() - 1)));
    List<Check> checks = List.of(
        SeedRange.plusMinus(Ch1Network.MARGIN).judge("best test accuracy (%)", PUBLISHED, best),
        Check.criterion("best − last-epoch test accuracy (points)", "regularisation stops overfitting", drop,
            "≤ 1 in every seed: no decline at the end", PerSeed.all(drop, d -> d <= 1)));
    return new ExperimentResult(name(), description(), context.quick(), context.seeds(), checks,
        Map.of("recipe", recipe.toString(), "testAccuracy", Ch1Network.curves(runs)),
        List.of(Ch1Network.accuracyFigure(name(), runs, PUBLISHED)), (System.nanoTime() - start) / 1e9);
  }
}
