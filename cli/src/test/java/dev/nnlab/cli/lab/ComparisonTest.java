package dev.nnlab.cli.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.cli.NetworkOptionsFixture;
import dev.nnlab.cli.train.SyntheticDigits;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.audit.Probe;
import dev.nnlab.network.data.DataSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  static final DataSet DATA = SyntheticDigits.dataSet(1000);
  static final Probe PROBE = Probe.of(DATA.train(), 200);

  static Configuration configuration(String label, int seeds, String... args) {
    List<TrainingSetup> setups = LongStream.rangeClosed(1, seeds).mapToObj(seed -> {
      List<String> all = new ArrayList<>(List.of(args));
      all.addAll(List.of("--seed", String.valueOf(seed), "--epochs", "2"));
      return NetworkOptionsFixture.resolve(all.toArray(String[]::new));
    }).toList();
    return new Configuration(label, Map.of("--init", label), setups);
  }

  @Test
  void randDoesNotLearnAndXavierDoesWithEveryRunRecordedInOrder() {
    List<Configuration> configurations = List.of(
        configuration("rand", 2, "--init", "rand", "--bias-init", "rand"),
        configuration("xavier-normal", 2, "--init", "xavier-normal"));
    List<RunResult> heard = Collections.synchronizedList(new ArrayList<>());

    List<RunResult> results = new Comparison(DATA, PROBE, 2).run(configurations, heard::add);

    assertThat(results).extracting(RunResult::configuration).containsExactly("rand", "rand", "xavier-normal", "xavier-normal");
    assertThat(results).extracting(RunResult::seed).containsExactly(1L, 2L, 1L, 2L);
    assertThat(heard).hasSize(4);
    for (RunResult run : results) {
      assertThat(run.testAccuracy()).hasSize(3);
      assertThat(run.trainingCost().get(0)).isNaN();
      assertThat(run.layers()).hasSize(3).allSatisfy(layers -> assertThat(layers).hasSize(2));
      assertThat(run.verdict()).isNotEmpty();
    }
    assertThat(results.subList(0, 2)).allSatisfy(run -> {
      assertThat(run.finalAccuracy()).isLessThan(0.2);
      assertThat(run.verdict().get(0)).startsWith("PROBLEM: hidden layer 1: 100 % of sigmoid units saturated");
      assertThat(run.layers().get(2).get(0).blocked()).isEqualTo(1.0);
    });
    assertThat(results.subList(2, 4)).allSatisfy(run -> assertThat(run.finalAccuracy()).isGreaterThan(0.9));
  }

  @Test
  void runsWithTheSameSeedShareEveryStreamTheirConfigurationsDoNotChange() {
    // Only the cost differs: the initial weights (their own stream) must be identical.
    List<Configuration> configurations = List.of(
        configuration("quadratic", 1, "--init", "xavier-normal", "--cost", "quadratic"),
        configuration("cross-entropy", 1, "--init", "xavier-normal", "--cost", "cross-entropy"));

    List<RunResult> results = new Comparison(DATA, PROBE, 2).run(configurations, r -> {});

    assertThat(results.get(0).initialWeights()).usingRecursiveComparison().isEqualTo(results.get(1).initialWeights());
    assertThat(results.get(0).testAccuracy().get(0)).isEqualTo(results.get(1).testAccuracy().get(0));
  }

  @Test
  void twoThreadsGiveBitForBitTheResultsOfOne() {
    List<Configuration> configurations = List.of(configuration("randn", 2, "--init", "randn", "--eta", "0.5"));

    List<RunResult> parallel = new Comparison(DATA, PROBE, 2).run(configurations, r -> {});
    List<RunResult> serial = new Comparison(DATA, PROBE, 1).run(configurations, r -> {});

    for (int i = 0; i < serial.size(); i++) {
      assertThat(parallel.get(i).testAccuracy()).isEqualTo(serial.get(i).testAccuracy());
      assertThat(parallel.get(i).trainingCost()).isEqualTo(serial.get(i).trainingCost());
      assertThat(parallel.get(i).layers()).isEqualTo(serial.get(i).layers());
    }
  }
}
