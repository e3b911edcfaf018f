package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckTest {

  @Test
  void aPublishedFigureIsNotJudgedInAQuickRunButAClaimIs() {
    Check figure = SeedRange.plusMinus(0.5).judge("best", 95.42, List.of(70.0, 71.0));
    Check claim = Check.criterion("lead", "ahead", List.of(1.0, 2.0), "> 0 in every seed", true);

    assertThat(figure.verdict(false)).isEqualTo("FAIL");
    assertThat(figure.verdict(true)).isEqualTo("not judged (quick)");
    assertThat(figure.judged(true)).isFalse();
    assertThat(claim.verdict(true)).isEqualTo("PASS");
    assertThat(claim.judged(true)).isTrue();
  }

  @Test
  void aReferenceFigureIsNeverJudgedAndSaysWhy() {
    Check reference = Check.reference("best after 3 epochs", "97.80 (after 60 epochs)", List.of(97.0), "3 of 60 epochs");

    assertThat(reference.judged(false)).isFalse();
    assertThat(reference.judged(true)).isFalse();
    assertThat(reference.verdict(false)).isEqualTo("not comparable");
    assertThat(reference.tolerance()).isEqualTo("none: 3 of 60 epochs");
  }

  @Test
  void statsAreOverTheSeeds() {
    Check check = Check.criterion("x", "y", List.of(1.0, 2.0, 3.0), "z", true);

    assertThat(check.stats().mean()).isEqualTo(2.0);
    assertThat(check.stats().std()).isEqualTo(1.0);
    assertThat(check.stats().min()).isEqualTo(1.0);
    assertThat(check.stats().max()).isEqualTo(3.0);
  }

  @Test
  void aCheckWithoutMeasurementsIsRefused() {
    assertThatThrownBy(() -> Check.criterion("x", "y", List.of(), "z", true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x' has no measured values");
  }
}
