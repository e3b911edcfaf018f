package dev.nnlab.cli.reproduce;

import dev.nnlab.cli.train.Preset;
import dev.nnlab.network.data.DataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chapter 1 with 100 hidden units: 96.59 % in the book, with "large run-to-run variation". The
 * distribution matters more than the mean: some seeds leave a digit unlearned and stall about
 * ten points lower.
 */
final class Ch1Hidden100 implements Experiment {

  static final double PUBLISHED = 96.59;

  @Override
  public String name() {
    return "ch1-hidden100";
  }

  @Override
  public String description() {
    return "ch1-network with [784,100,10]; best test accuracy, and how many seeds learn every digit";
  }

  @Override
  public String source() {
    return "Nielsen, chapter 1: 96.59 %, noting large run-to-run variation";
  }

  @Override
  public ExperimentResult run(ExperimentContext context) {
    long start = System.nanoTime();
    Recipe recipe = Recipe.of(Preset.NETWORK).withSizes(List.of(784, 100, 10)).withEpochs(context.pick(30, 3));
    DataSet data = context.data(context.pick(0, 5000));
    List<SeedRun> runs = context.train(Map.of("hidden100", recipe), data).get("hidden100");
    List<Double> digits = runs.stream().map(r -> (double) TestPredictions.of(r.network(), data.test()).digitsLearned()).toList();
    List<Double> learnedAll = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      if (digits.get(i) == 10) {
        learnedAll.add(100 * runs.get(i).bestTest());
      }
    }
    List<Check> checks = new ArrayList<>();
    // Whether a seed learns every digit is an outcome of the full 30-epoch run, like the published number.
    checks.add(new Check(Check.Kind.FIGURE, "digits learned (test recall ≥ 50 %), per seed", "large run-to-run variation",
        digits, "at least one seed learns all 10 digits (Nielsen's run did)", digits.contains(10.0)));
    if (learnedAll.isEmpty()) {
      checks.add(new Check(Check.Kind.FIGURE, "best test accuracy of the seeds that learn every digit (%)", PUBLISHED + " %",
          PerSeed.percent(runs, SeedRun::bestTest), "no seed learned every digit: nothing to compare", false));
    } else {
      checks.add(SeedRange.plusMinus(Ch1Network.MARGIN).judge(
          "best test accuracy of the seeds that learn every digit (%)", PUBLISHED, learnedAll));
    }
    return new ExperimentResult(name(), description(), context.quick(), context.seeds(), checks,
        Map.of("recipe", recipe.toString(), "testAccuracy", Ch1Network.curves(runs), "digitsLearned", digits,
            "bestTest", PerSeed.percent(runs, SeedRun::bestTest)),
        List.of(Ch1Network.accuracyFigure(name(), runs, PUBLISHED)), (System.nanoTime() - start) / 1e9);
  }
}
