package dev.nnlab.cli.reproduce;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** One number per seed, read from runs; accuracies as percentages. */
final class PerSeed {

  private PerSeed() {}

  static List<Double> of(List<SeedRun> runs, ToDoubleFunction<SeedRun> measure) {
    return runs.stream().map(r -> measure.applyAsDouble(r)).toList();
  }

  static List<Double> percent(List<SeedRun> runs, ToDoubleFunction<SeedRun> accuracy) {
    return runs.stream().map(r -> 100 * accuracy.applyAsDouble(r)).toList();
  }

  /** Test accuracy after epoch k, mean over the seeds, in percent. */
  static List<Double> meanTestCurve(List<SeedRun> runs, boolean validation) {
    int epochs = runs.stream().mapToInt(r -> (validation ? r.validation() : r.test()).size()).min().orElse(0);
    return java.util.stream.IntStream.range(0, epochs)
        .mapToObj(k -> 100 * runs.stream().mapToDouble(r -> (validation ? r.validation() : r.test()).get(k)).average().orElseThrow())
        .toList();
  }

  static boolean all(List<Double> values, java.util.function.DoublePredicate condition) {
    return values.stream().allMatch(condition::test);
  }
}
