package dev.nnlab.cli.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.cli.NetworkOptionsFixture;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.audit.AuditReport;
import dev.nnlab.network.audit.AuditTable;
import dev.nnlab.network.audit.NetworkAudit;
import dev.nnlab.network.audit.TrainingPace;
import org.junit.jupiter.api.Test;

class AuditTableTest {

  static AuditReport audit(String... args) {
    TrainingSetup setup = NetworkOptionsFixture.resolve(args);
    return NetworkAudit.audit(SetupNetwork.build(setup), setup.cost().value(), TrainingPace.of(3, 1000, 10),
        ComparisonTest.PROBE.inputs(), ComparisonTest.PROBE.targets());
  }

  @Test
  void oneRowPerLayerThenInitializersOutputAndVerdict() {
    String text = AuditTable.render(audit("--init", "rand", "--bias-init", "rand"));

    assertThat(text.lines().toList().get(0)).startsWith("layer  fan").contains("sat./dead", "δ rms", "drift/ep");
    assertThat(text).containsPattern("(?m)^1 +784→30 +sigmoid .* 100\\.0 %")
        .containsPattern("(?m)^2 out +30→10 +sigmoid")
        .contains("layer 1 weights uniform(low=0, high=1) U[0, 1)")
        .contains("Output: 100.0 % of 200 inputs predicted as class")
        .contains("Verdict:\n  PROBLEM  hidden layer 1: 100 % of sigmoid units saturated");
  }

  @Test
  void deadUnitsAreMarkedForTheReluFamily() {
    String text = AuditTable.render(audit("--sizes", "784,30,10", "--activation", "relu", "--init", "he-normal"));

    assertThat(text).containsPattern("(?m)^1 +784→30 +relu .* %\\s†");
  }

  @Test
  void aConvolutionGetsOneShareUnderEveryChannel() {
    String text = AuditTable.render(audit("--layers", "conv(filters=12, kernel=5), max-pool(size=2), dense(units=10)",
        "--activation", "relu", "--init", "he-normal", "--output-activation", "softmax", "--cost", "log-likelihood"));

    assertThat(text).containsPattern("(?m)^1 +1→12 5×5 +relu ")
        .containsPattern("(?m)^3 out +1728→10 +softmax")
        .contains("Layer 1 per channel (12 channels, relu): share of positions dead on every image")
        .containsPattern("(?m)^ +1-10( +\\d+\\.\\d%[ †]){10}$")
        .containsPattern("(?m)^ +11-12( +\\d+\\.\\d%[ †]){2}$");
  }
}
