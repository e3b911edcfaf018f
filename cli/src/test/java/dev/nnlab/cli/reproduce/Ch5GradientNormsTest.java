package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Ch5GradientNormsTest {

  @Test
  void theNormsGrowTowardTheOutputInEveryNetwork() {
    ExperimentResult result = new Ch5GradientNorms().run(QuickContext.of());

    assertThat(result.checks().stream().filter(c -> c.kind() == Check.Kind.CLAIM)).hasSize(3).allMatch(Check::passed);
    assertThat(result.checks().stream().filter(c -> c.kind() == Check.Kind.FIGURE)).hasSize(9);
    // The first hidden layer of the deepest network learns about a hundred times slower than its last.
    Check first = QuickContext.check(result, "[784, 30, 30, 30, 30, 10] hidden layer 1");
    Check last = QuickContext.check(result, "[784, 30, 30, 30, 30, 10] hidden layer 4");
    assertThat(last.stats().mean() / first.stats().mean()).isGreaterThan(30);
  }
}
