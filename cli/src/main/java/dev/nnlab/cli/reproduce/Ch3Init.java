package dev.nnlab.cli.reproduce;

import dev.nnlab.cli.train.Preset;
import dev.nnlab.network.data.DataSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chapter 3's weight initialisation: network2.py with N(0, 1/n_in) weights ({@code
 * nielsen-default}) against N(0, 1) ({@code nielsen-large}), cross-entropy, η = 0.1, λ = 5,
 * validation accuracy per epoch. The scaled weights are far ahead after the first epoch and end
 * close to the large ones.
 */
final class Ch3Init implements Experiment {

  static final double MARGIN = 0.5;

  private final int hidden;
  private final double[] published;

  /**
   * @param hidden hidden units
   * @param published validation accuracy (%): default and large after epoch 0, then after the last
   */
  Ch3Init(int hidden, double... published) {
    this.hidden = hidden;
    this.published = published.clone();
  }

  @Override
  public String name() {
    return "ch3-init-" + hidden;
  }

  @Override
  public String description() {
    return "[784," + hidden + ",10] sigmoid, cross-entropy, η 0.1, λ 5, mini-batch 10, 30 epochs, randn biases;"
        + " validation accuracy per epoch, nielsen-default against nielsen-large weights";
  }

  @Override
  public String source() {
    return String.format(java.util.Locale.ROOT, "Nielsen, chapter 3 (weight initialization): epoch 0 %.0f vs %.0f, final %.0f vs %.0f / 10000",
        100 * published[0], 100 * published[1], 100 * published[2], 100 * published[3]);
  }

  @Override
  public ExperimentResult run(ExperimentContext context) {
    long start = System.nanoTime();
    Recipe base = Recipe.of(Preset.NETWORK2).withSizes(List.of(784, hidden, 10)).withEta(0.1).withEpochs(context.pick(30, 3));
    Map<String, Recipe> configurations = new LinkedHashMap<>();
    configurations.put("nielsen-default", base.withWeights("nielsen-default"));
    configurations.put("nielsen-large", base.withWeights("nielsen-large"));
    DataSet data = context.data(context.pick(0, 5000));
    Map<String, List<SeedRun>> runs = context.train(configurations, data);
    List<SeedRun> small = runs.get("nielsen-default");
    List<SeedRun> large = runs.get("nielsen-large");
    List<Double> lead = new ArrayList<>();
    for (int i = 0; i < small.size(); i++) {
      lead.add(100 * (small.get(i).validation().get(0) - large.get(i).validation().get(0)));
    }
    SeedRange range = SeedRange.plusMinus(MARGIN);
    List<Check> checks = List.of(
        range.judge("nielsen-default, validation accuracy after epoch 0 (%)", published[0], epoch(small, 0)),
        range.judge("nielsen-large, validation accuracy after epoch 0 (%)", published[1], epoch(large, 0)),
        range.judge("nielsen-default, validation accuracy after the last epoch (%)", published[2], epoch(small, -1)),
        range.judge("nielsen-large, validation accuracy after the last epoch (%)", published[3], epoch(large, -1)),
        Check.criterion("lead of nielsen-default after epoch 0, paired by seed (points)", "default far ahead at epoch 0",
            lead, "> 0 in every seed", PerSeed.all(lead, l -> l > 0)));
    Map<String, Object> recorded = new LinkedHashMap<>();
    runs.forEach((label, list) -> recorded.put(label, list.stream().map(SeedRun::validation).toList()));
    List<ExperimentCharts.Line> lines = new ArrayList<>();
    runs.forEach((label, list) -> lines.add(ExperimentCharts.Line.of(label, PerSeed.meanTestCurve(list, true))));
    byte[] png = ExperimentCharts.lines(name() + ": validation accuracy (mean over " + context.seeds().size() + " seeds)",
        "epoch", "validation accuracy (%)", lines, false);
    return new ExperimentResult(name(), description(), context.quick(), context.seeds(), checks,
        Map.of("recipe", base.toString(), "validationAccuracy", recorded),
        List.of(new Figure(name() + "-validation.png", "Validation accuracy per epoch, mean over the seeds, for both initialisations.", png)),
        (System.nanoTime() - start) / 1e9);
  }

  /** Validation accuracy (%) after epoch k of every seed; k = −1 is the last epoch. */
  private static List<Double> epoch(List<SeedRun> runs, int k) {
    return runs.stream().map(r -> 100 * r.validation().get(k < 0 ? r.validation().size() - 1 : k)).toList();
  }
}
