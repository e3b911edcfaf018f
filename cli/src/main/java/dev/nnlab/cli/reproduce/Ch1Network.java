package dev.nnlab.cli.reproduce;

import dev.nnlab.cli.train.Preset;
import dev.nnlab.network.data.DataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Chapter 1's network.py: [784,30,10], quadratic cost, randn, η = 3; the book reports 95.42 %. */
final class Ch1Network implements Experiment {

  static final double PUBLISHED = 95.42;

  /** Our seed-to-seed SD of the best accuracy is about 0.2 points (docs/results.md); 0.5 is 2.5 SDs. */
  static final double MARGIN = 0.5;

  @Override
  public String name() {
    return "ch1-network";
  }

  @Override
  public String description() {
    return "[784,30,10] sigmoid, quadratic cost, randn weights and biases, SGD η 3, mini-batch 10, 30 epochs;"
        + " best test accuracy";
  }

  @Override
  public String source() {
    return "Nielsen, Neural Networks and Deep Learning, chapter 1 (network.py): 95.42 %";
  }

  @Override
  public ExperimentResult run(ExperimentContext context) {
    long start = System.nanoTime();
    Recipe recipe = Recipe.of(Preset.NETWORK).withEpochs(context.pick(30, 3));
    DataSet data = context.data(context.pick(0, 5000));
    List<SeedRun> runs = context.train(Map.of("randn", recipe), data).get("randn");
    List<Double> best = PerSeed.percent(runs, SeedRun::bestTest);
    List<Double> gain = PerSeed.of(runs, r -> 100 * (r.bestTest() - r.test().get(0)));
    List<Check> checks = List.of(
        SeedRange.plusMinus(MARGIN).judge("best test accuracy (%)", PUBLISHED, best),
        Check.criterion("learning after epoch 0: best − epoch 0 (points)", "it keeps learning after the first epoch",
            gain, "> 0 in every seed", PerSeed.all(gain, g -> g > 0)));
    return new ExperimentResult(name(), description(), context.quick(), context.seeds(), checks,
        Map.of("recipe", recipe.toString(), "testAccuracy", curves(runs)),
        List.of(accuracyFigure(name(), runs, PUBLISHED)), (System.nanoTime() - start) / 1e9);
  }

  static List<List<Double>> curves(List<SeedRun> runs) {
    return runs.stream().map(SeedRun::test).toList();
  }

  /** Test accuracy per epoch, one line per seed, and the published value dashed. */
  static Figure accuracyFigure(String name, List<SeedRun> runs, double published) {
    List<ExperimentCharts.Line> lines = new ArrayList<>();
    for (SeedRun run : runs) {
      lines.add(ExperimentCharts.Line.of("seed " + run.seed(), run.test().stream().map(a -> 100 * a).toList()));
    }
    int epochs = runs.get(0).test().size();
    lines.add(ExperimentCharts.Line.horizontal("published " + published + " %", published, 0, Math.max(1, epochs - 1)));
    byte[] png = ExperimentCharts.lines(name + ": test accuracy per epoch", "epoch", "test accuracy (%)", lines, false);
    return new Figure(name + "-accuracy.png", "Test accuracy after every epoch, one line per seed; dashed: the published best.", png);
  }
}
