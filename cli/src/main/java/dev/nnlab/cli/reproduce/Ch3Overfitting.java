package dev.nnlab.cli.reproduce;

import dev.nnlab.cli.train.Preset;
import dev.nnlab.network.data.DataSet;
import java.util.List;
import java.util.Map;

/**
 * Chapter 3's overfitting figure (overfitting.py): 1,000 training images, no regularisation, 400
 * epochs. Test accuracy levels off near 82–83 % while the training cost keeps falling.
 */
final class Ch3Overfitting implements Experiment {

  @Override
  public String name() {
    return "ch3-overfitting";
  }

  @Override
  public String description() {
    return "the first 1,000 training images, [784,30,10] sigmoid, cross-entropy, nielsen-large weights, η 0.5,"
        + " λ 0, mini-batch 10, 400 epochs";
  }

  @Override
  public String source() {
    return "Nielsen, chapter 3 (overfitting): test accuracy plateaus near 82–83 % while the training cost keeps falling";
  }

  @Override
  public ExperimentResult run(ExperimentContext context) {
    long start = System.nanoTime();
    int epochs = context.pick(400, 60);
    Recipe recipe = Recipe.of(Preset.NETWORK2).withWeights("nielsen-large").withLambda(0).withEpochs(epochs);
    recipe = new Recipe(recipe.preset(), recipe.sizes(), recipe.weights(), recipe.biases(), recipe.hidden(), recipe.output(),
        recipe.cost(), recipe.eta(), recipe.lambda(), recipe.miniBatch(), recipe.epochs(), false);
    DataSet data = context.data(1000);
    List<SeedRun> runs = context.train(Map.of("overfitting", recipe), data).get("overfitting");
    int quarter = epochs / 4;
    List<Double> plateau = PerSeed.of(runs, r -> 100 * mean(r.test(), epochs - quarter, epochs));
    List<Double> change = PerSeed.of(runs, r -> 100 * (mean(r.test(), epochs - quarter, epochs) - mean(r.test(), epochs - 2 * quarter, epochs - quarter)));
    List<Double> costRatio = PerSeed.of(runs, r -> r.trainingCost().get(epochs - 1) / r.trainingCost().get(epochs / 2 - 1));
    List<Check> checks = List.of(
        SeedRange.plusMinus(1.0).judge("test accuracy, mean of the last quarter of the epochs (%)", "≈ 82–83 % (read off his plot)",
            82, 83, plateau),
        Check.criterion("test accuracy: last quarter − third quarter (points)", "plateaus", change,
            "|change| ≤ 1 in every seed", PerSeed.all(change, c -> Math.abs(c) <= 1)),
        Check.criterion("training cost: last epoch / middle epoch", "training cost keeps falling", costRatio,
            "< 1 in every seed", PerSeed.all(costRatio, r -> r < 1)));
    List<Double> meanCurve = PerSeed.meanTestCurve(runs, false);
    List<Double> meanCost = java.util.stream.IntStream.range(0, epochs)
        .mapToObj(k -> runs.stream().mapToDouble(r -> r.trainingCost().get(k)).average().orElseThrow()).toList();
    byte[] accuracy = ExperimentCharts.lines(name() + ": test accuracy (mean over " + runs.size() + " seeds)", "epoch",
        "test accuracy (%)", List.of(ExperimentCharts.Line.of("test accuracy", meanCurve)), false);
    byte[] cost = ExperimentCharts.lines(name() + ": training cost (mean over " + runs.size() + " seeds)", "epoch",
        "mean mini-batch cost (log scale)", List.of(ExperimentCharts.Line.of("training cost", meanCost)), true);
    return new ExperimentResult(name(), description(), context.quick(), context.seeds(), checks,
        Map.of("recipe", recipe.toString(), "testAccuracy", Ch1Network.curves(runs),
            "trainingCost", runs.stream().map(SeedRun::trainingCost).toList()),
        List.of(new Figure(name() + "-accuracy.png", "Test accuracy per epoch on 1,000 training images: it levels off.", accuracy),
            new Figure(name() + "-cost.png", "Training cost per epoch: it keeps falling.", cost)),
        (System.nanoTime() - start) / 1e9);
  }

  private static double mean(List<Double> values, int from, int to) {
    return values.subList(from, to).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }
}
