package dev.nnlab.cli.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.cli.charts.Histogram;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The paragraph follows the numbers it is given, not a script. */
class EvidenceSummaryTest {

  static RunResult run(String label, long seed, double blocked, String verdict, double... accuracy) {
    List<Double> acc = java.util.Arrays.stream(accuracy).boxed().toList();
    LayerPoint point = new LayerPoint(blocked, "saturated", 0, 1, 0.5, 0.1, 0.01, 0.01, 0.1, 1, false, "784→30", "N(0, 1²)", List.of());
    List<List<LayerPoint>> layers = acc.stream().map(a -> List.of(point, point)).toList();
    List<Double> costs = acc.stream().map(a -> 0.1).toList();
    return new RunResult(label, seed, acc, costs, layers, List.of(verdict), new Histogram(0, 1, new long[] {1}), null, 1);
  }

  static ConfigurationResults config(String label, RunResult... runs) {
    return new ConfigurationResults(new Configuration(label, Map.of(), List.of()), List.of(runs));
  }

  @Test
  void ranksSaysWhoDidNotLearnAndWhoLedAndWeighsTheGapAgainstTheSpread() {
    List<ConfigurationResults> results = List.of(
        config("dead", run("dead", 1, 1.0, "PROBLEM: hidden layer 1: all dead. More.", 0.1, 0.1, 0.1),
            run("dead", 2, 1.0, "PROBLEM: hidden layer 1: all dead. More.", 0.1, 0.1, 0.1)),
        config("slow", run("slow", 1, 0.5, "WARNING: slow", 0.1, 0.80, 0.90), run("slow", 2, 0.5, "WARNING: slow", 0.1, 0.82, 0.92)),
        config("fast", run("fast", 1, 0.0, "HEALTHY: fine", 0.1, 0.93, 0.95), run("fast", 2, 0.0, "HEALTHY: fine", 0.1, 0.93, 0.96)));

    String summary = EvidenceSummary.write(results, 2, 2);

    assertThat(summary).startsWith("After 2 epochs the test accuracy, averaged over 2 seeds, was fast 95.5 %");
    assertThat(summary).contains("slow 91.0 %", "dead 10.0 %");
    assertThat(summary).contains("dead did not learn: it stayed at 10.0 %").contains("\"hidden layer 1: all dead\"");
    assertThat(summary).contains("After the first epoch fast led with 93.0 %");
    assertThat(summary).contains("slow started with 50.0 % of hidden layer 1's units saturated and was 12.0 points behind");
    assertThat(summary).contains("The lead of fast over slow (4.5 points) is more than twice");
  }

  @Test
  void aGapWithinTheSpreadIsCalledPossibleLuck() {
    List<ConfigurationResults> results = List.of(
        config("a", run("a", 1, 0, "HEALTHY: ok", 0.1, 0.90, 0.90), run("a", 2, 0, "HEALTHY: ok", 0.1, 0.90, 0.96)),
        config("b", run("b", 1, 0, "HEALTHY: ok", 0.1, 0.90, 0.92), run("b", 2, 0, "HEALTHY: ok", 0.1, 0.90, 0.93)));

    assertThat(EvidenceSummary.write(results, 2, 2)).contains("is within twice").contains("may be luck");
  }
}
