package dev.nnlab.network.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SymptomTest {

  @Test
  void theRuleIdsAreTheIssuesListAndOverRegularization() {
    assertThat(Arrays.stream(Symptom.values()).map(Symptom::id)).containsExactlyInAnyOrder(
        "saturation", "vanishing-gradient", "exploding-gradient", "dead-units", "learning-rate-too-high",
        "learning-rate-too-low", "divergence", "output-collapse", "no-signal", "unscaled-inputs", "overfitting",
        "plateau", "healthy",
        // not in the issue's list: strong L2 otherwise read as learning-rate-too-high (docs/doctor.md)
        "over-regularization");
  }

  @Test
  void idsReadBack() {
    for (Symptom s : Symptom.values()) {
      assertThat(Symptom.byId(s.id())).isEqualTo(s);
    }
    assertThatThrownBy(() -> Symptom.byId("sad")).hasMessageContaining("unknown rule id 'sad'")
        .hasMessageContaining("saturation");
  }

  @Test
  void causesComeBeforeTheirConsequences() {
    assertThat(Symptom.UNSCALED_INPUTS).isLessThan(Symptom.SATURATION);
    assertThat(Symptom.LEARNING_RATE_TOO_HIGH).isLessThan(Symptom.DEAD_UNITS);
    assertThat(Symptom.SATURATION).isLessThan(Symptom.VANISHING_GRADIENT);
    assertThat(Symptom.NO_SIGNAL).isLessThan(Symptom.OUTPUT_COLLAPSE);
    assertThat(Symptom.HEALTHY).isEqualTo(Symptom.values()[Symptom.values().length - 1]);
  }
}
