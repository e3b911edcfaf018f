package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerdictTextTest {

  private static final Check BEST = SeedRange.plusMinus(0.5).judge("best test accuracy (%)", 95.42, List.of(94.81, 95.25, 95.11));

  @Test
  void showsPublishedOursTheRuleAndTheVerdict() {
    ExperimentResult result = new ExperimentResult("ch1-network", "setup", false, List.of(1L, 2L, 3L), List.of(BEST), Map.of(), List.of(), 12.34);

    List<String> lines = VerdictText.lines(result, new Ch1Network());

    assertThat(lines.get(0)).isEqualTo("ch1-network — setup");
    assertThat(lines.get(2)).isEqualTo("  seeds 1–3 (3), 12.3 s");
    assertThat(lines.get(4)).isEqualTo("      published 95.42 | ours 95.06 ± 0.2248 (94.81–95.25), n = 3"
        + " | published within our seed range ± 0.5: [94.31, 95.75] | PASS");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("  => ch1-network: PASS");
  }

  @Test
  void labelsAQuickRunEverywhere() {
    ExperimentResult result = new ExperimentResult("ch1-network", "setup", true, List.of(1L, 2L), List.of(BEST), Map.of(), List.of(), 1);

    List<String> lines = VerdictText.lines(result, new Ch1Network());

    assertThat(lines.get(0)).contains("[QUICK: reduced form, not the published setup]");
    assertThat(lines.get(4)).endsWith("| not judged (quick)");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("  => ch1-network: NOT COMPARABLE (quick: published figures not judged)");
  }

  @Test
  void aQuickRunPassesOnItsClaims() {
    Check claim = Check.criterion("lead (points)", "ahead", List.of(1.0, 2.0), "> 0 in every seed", true);
    ExperimentResult result = new ExperimentResult("ch1-network", "setup", true, List.of(1L, 2L), List.of(BEST, claim), Map.of(), List.of(), 1);

    List<String> lines = VerdictText.lines(result, new Ch1Network());

    assertThat(lines.get(lines.size() - 1)).isEqualTo("  => ch1-network: PASS (quick: published figures not judged)");
  }

  @Test
  void aFullRunThatJudgesNothingSaysSo() {
    Check reference = Check.reference("best after 3 epochs (%)", "97.8 (after 60 epochs)", List.of(96.0), "3 of 60 epochs");
    ExperimentResult result = new ExperimentResult("ch6-conv", "setup", false, List.of(1L), List.of(reference), Map.of(), List.of(), 1);

    List<String> lines = VerdictText.lines(result, new Ch6Conv());

    assertThat(lines.get(4)).endsWith("| none: 3 of 60 epochs | not comparable");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("  => ch6-conv: NOT COMPARABLE (nothing this run measured can be compared with the source)");
  }

  @Test
  void listsSeedsThatAreNotConsecutive() {
    assertThat(VerdictText.seeds(List.of(1L, 5L))).isEqualTo("[1, 5]");
    assertThat(VerdictText.seeds(List.of(7L))).isEqualTo("[7]");
  }
}
