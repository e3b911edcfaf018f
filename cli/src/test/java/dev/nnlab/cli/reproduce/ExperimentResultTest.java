package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperimentResultTest {

  private static final Check FAILED_FIGURE = SeedRange.plusMinus(0.5).judge("best", 95.42, List.of(70.0));
  private static final Check PASSED_CLAIM = Check.criterion("lead", "ahead", List.of(1.0), "> 0", true);
  private static final Check FAILED_CLAIM = Check.criterion("lead", "ahead", List.of(-1.0), "> 0", false);

  @Test
  void aFullRunPassesOnlyWhenEveryCheckPasses() {
    assertThat(result(false, PASSED_CLAIM).passed()).isTrue();
    assertThat(result(false, PASSED_CLAIM, FAILED_FIGURE).passed()).isFalse();
  }

  @Test
  void aQuickRunIgnoresPublishedFiguresButNotClaims() {
    assertThat(result(true, PASSED_CLAIM, FAILED_FIGURE).passed()).isTrue();
    assertThat(result(true, FAILED_CLAIM, FAILED_FIGURE).passed()).isFalse();
  }

  @Test
  void aRunThatJudgesNothingIsNotComparableRatherThanPassed() {
    Check reference = Check.reference("best after 3 epochs", "97.80 (after 60 epochs)", List.of(90.0), "3 of 60 epochs");

    assertThat(result(false, reference).judged()).isFalse();
    assertThat(result(false, reference).verdict()).isEqualTo("NOT COMPARABLE");
    assertThat(result(false, reference, PASSED_CLAIM).verdict()).isEqualTo("PASS");
    assertThat(result(false, reference, FAILED_CLAIM).verdict()).isEqualTo("FAIL");
  }

  private static ExperimentResult result(boolean quick, Check... checks) {
    return new ExperimentResult("x", "d", quick, List.of(1L), List.of(checks), Map.of(), List.of(), 1);
  }
}
