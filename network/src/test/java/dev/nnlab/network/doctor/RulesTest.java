package dev.nnlab.network.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.network.diagnostics.Saturation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule on a hand-made timeline: fires on its symptom, stays quiet just below the threshold. */
class RulesTest {

  private static final double CHANCE = 0.45;

  /** A layer reading with the given blocked share, gradient per weight and update ratio. */
  private static LayerReading layer(int position, Saturation.Kind kind, double blocked, double gradient, double update) {
    return new LayerReading(position, "sigmoid", kind, blocked, 0.5, 0.2, 1, gradient, gradient, gradient, update, 0.1, 0);
  }

  /** A layer reading whose weight penalty pulls with {@code penaltyShare} of the data's gradient. */
  private static LayerReading penalized(int position, double update, double penaltyShare) {
    return new LayerReading(position, "sigmoid", Saturation.Kind.SATURATING, 0.1, 0.5, 0.2, 1, 0.01, 0.01, 0.01,
        update, 0.1, penaltyShare);
  }

  /** {@code n} readings of a two-hidden-layer sigmoid net whose cost falls from 0.45 to 0.1. */
  private static Timeline healthy(int n) {
    Timeline t = new Timeline(10, CHANCE, 0.11);
    for (int i = 0; i < n; i++) {
      double cost = 0.45 - 0.35 * i / (n - 1);
      t.add(new Reading(0, i, i + 1, cost, List.of(
          layer(1, Saturation.Kind.SATURATING, 0.3, 0.01, 2e-3),
          layer(2, Saturation.Kind.SATURATING, 0.2, 0.02, 3e-3),
          layer(3, Saturation.Kind.SATURATING, 0.1, 0.03, 1e-2))));
    }
    t.add(new EpochReading(0, 0.2, 0.2, 0.85, 0.9, 0.12));
    return t;
  }

  private static Timeline with(int n, java.util.function.IntFunction<List<LayerReading>> layers,
      java.util.function.IntToDoubleFunction cost) {
    Timeline t = new Timeline(10, CHANCE, 0.11);
    for (int i = 0; i < n; i++) {
      t.add(new Reading(0, i, i + 1, cost.applyAsDouble(i), layers.apply(i)));
    }
    return t;
  }

  private static List<String> ids(Timeline t) {
    return Rules.evaluate(t).stream().map(o -> o.symptom().id()).toList();
  }

  @Test
  void aHealthyTimelineIsHealthy() {
    assertThat(ids(healthy(20))).containsExactly("healthy");
    assertThat(new Diagnosis(Rules.evaluate(healthy(20)), healthy(20)).primary()).isEqualTo(Symptom.HEALTHY);
  }

  @Test
  void saturationNeedsThreeReadingsInARowAtNinetyPercent() {
    Timeline sustained = with(10, i -> List.of(
        layer(1, Saturation.Kind.SATURATING, i >= 4 && i <= 6 ? 0.95 : 0.3, 0.01, 2e-3),
        layer(2, Saturation.Kind.SATURATING, 0.1, 0.02, 3e-3)), i -> 0.45 - 0.03 * i);
    Timeline brief = with(10, i -> List.of(
        layer(1, Saturation.Kind.SATURATING, i == 4 || i == 6 ? 0.95 : 0.3, 0.01, 2e-3),
        layer(2, Saturation.Kind.SATURATING, 0.1, 0.02, 3e-3)), i -> 0.45 - 0.03 * i);

    Observation found = Rules.blocked(sustained, Saturation.Kind.SATURATING, Rules.SATURATED).orElseThrow();
    assertThat(found.layer()).isEqualTo(1);
    assertThat(found.batch()).isEqualTo(4);
    assertThat(Rules.blocked(brief, Saturation.Kind.SATURATING, Rules.SATURATED)).isEmpty();
  }

  @Test
  void anOutputLayerThatSaturatesIsNotSaturation() {
    Timeline t = with(10, i -> List.of(
        layer(1, Saturation.Kind.SATURATING, 0.2, 0.01, 2e-3),
        layer(2, Saturation.Kind.SATURATING, 1.0, 0.02, 3e-3)), i -> 0.45 - 0.03 * i);

    assertThat(ids(t)).doesNotContain("saturation");
  }

  @Test
  void deadUnitsAreReadOnReluLayersOnly() {
    Timeline t = with(10, i -> List.of(
        layer(1, Saturation.Kind.DYING, 0.6, 0.01, 2e-3),
        layer(2, Saturation.Kind.NOT_APPLICABLE, Double.NaN, 0.02, 3e-3)), i -> 2.3 - 0.1 * i);

    assertThat(ids(t)).contains("dead-units").doesNotContain("saturation");
  }

  @Test
  void deadUnitsInANetworkThatLearnsAnywayAreOnlyInfo() {
    Timeline learns = with(10, i -> List.of(
        layer(1, Saturation.Kind.DYING, 0.6, 0.01, 2e-3),
        layer(2, Saturation.Kind.NOT_APPLICABLE, Double.NaN, 0.02, 3e-3)), i -> 2.3 - 0.2 * i);
    Timeline early = with(9, i -> List.of(
        layer(1, Saturation.Kind.DYING, 1.0, 0.01, 2e-3),
        layer(2, Saturation.Kind.NOT_APPLICABLE, Double.NaN, 0.02, 3e-3)), i -> 2.3);

    // smoothed cost at the end: the mean of 1.3 … 0.5 = 0.9 < 0.5 · 2.3
    Observation found = Rules.blocked(learns, Saturation.Kind.DYING, Rules.DEAD).orElseThrow();
    assertThat(found.severity()).isEqualTo(Observation.Severity.INFO);
    assertThat(found.evidence()).contains("learns without them");
    assertThat(new Diagnosis(Rules.evaluate(learns), learns).primary()).isNotEqualTo(Symptom.DEAD_UNITS);
    assertThat(Rules.blocked(early, Saturation.Kind.DYING, Rules.DEAD)).as("fewer than 10 readings").isEmpty();
  }

  @Test
  void aPenaltyThatOutweighsTheDataIsOverRegularizationNotTooHighALearningRate() {
    Timeline strong = with(10, i -> List.of(penalized(1, 0.13, 0.3), penalized(2, 0.13, 0.25)), i -> 0.4);
    Timeline mild = with(10, i -> List.of(penalized(1, 0.13, 0.1), penalized(2, 0.13, 0.1)), i -> 0.4);
    Timeline learns = with(10, i -> List.of(penalized(1, 0.01, 0.3), penalized(2, 0.01, 0.3)),
        i -> 0.45 - 0.04 * i);

    assertThat(new Diagnosis(Rules.evaluate(strong), strong).primary()).isEqualTo(Symptom.OVER_REGULARIZATION);
    assertThat(ids(strong)).doesNotContain("learning-rate-too-high");
    assertThat(Rules.overRegularization(strong).orElseThrow().evidence()).contains("0.300 of the data's");
    assertThat(new Diagnosis(Rules.evaluate(mild), mild).primary()).isEqualTo(Symptom.LEARNING_RATE_TOO_HIGH);
    assertThat(Rules.overRegularization(learns)).as("the cost fell below half the guess").isEmpty();
  }

  @Test
  void vanishingComparesTheFirstLayerWithTheLargestLaterOne() {
    Timeline vanishing = with(10, i -> List.of(
        layer(1, Saturation.Kind.SATURATING, 0.1, 1e-6, 2e-3),
        layer(2, Saturation.Kind.SATURATING, 0.1, 1e-3, 2e-3),
        layer(3, Saturation.Kind.SATURATING, 0.1, 1e-2, 2e-3)), i -> 0.45 - 0.03 * i);
    Timeline fine = with(10, i -> List.of(
        layer(1, Saturation.Kind.SATURATING, 0.1, 2e-4, 2e-3),
        layer(2, Saturation.Kind.SATURATING, 0.1, 1e-3, 2e-3),
        layer(3, Saturation.Kind.SATURATING, 0.1, 1e-2, 2e-3)), i -> 0.45 - 0.03 * i);

    Observation found = Rules.vanishing(vanishing).orElseThrow();
    assertThat(found.severity()).isEqualTo(Observation.Severity.PROBLEM);
    assertThat(Rules.vanishing(fine)).isEmpty();
  }

  @Test
  void explodingWhenTheFirstLayerGetsFarLargerGradientsThanTheOutput() {
    Timeline t = with(10, i -> List.of(
        layer(1, Saturation.Kind.DYING, 0.0, 50, 2e-3),
        layer(2, Saturation.Kind.DYING, 0.0, 5, 2e-3),
        layer(3, Saturation.Kind.NOT_APPLICABLE, Double.NaN, 0.1, 2e-3)), i -> 2.3 - 0.1 * i);

    assertThat(Rules.exploding(t)).isPresent();
    assertThat(Rules.exploding(healthy(10))).isEmpty();
  }

  @Test
  void updatesTenPercentOfTheWeightsAreTooHigh() {
    Timeline high = with(10, i -> List.of(
        layer(1, Saturation.Kind.SATURATING, 0.2, 0.01, 0.2),
        layer(2, Saturation.Kind.SATURATING, 0.1, 0.02, 0.05)), i -> 0.45 - 0.01 * i);
    Timeline fine = with(10, i -> List.of(
        layer(1, Saturation.Kind.SATURATING, 0.2, 0.01, 0.09),
        layer(2, Saturation.Kind.SATURATING, 0.1, 0.02, 0.05)), i -> 0.45 - 0.03 * i);

    assertThat(Rules.tooHigh(high)).map(Observation::layer).contains(1);
    assertThat(Rules.tooHigh(fine)).isEmpty();
  }

  @Test
  void aCostThatRisesAgainIsAWarning() {
    Timeline t = with(20, i -> List.of(
        layer(1, Saturation.Kind.SATURATING, 0.2, 0.01, 0.01),
        layer(2, Saturation.Kind.SATURATING, 0.1, 0.02, 0.01)), i -> i < 10 ? 0.45 - 0.03 * i : 0.15 + 0.05 * (i - 10));

    Observation found = Rules.tooHigh(t).orElseThrow();
    assertThat(found.severity()).isEqualTo(Observation.Severity.WARNING);
  }

  @Test
  void tinyUpdatesWithACostAboveChanceAreTooLow() {
    Timeline stuck = with(12, i -> List.of(
        layer(1, Saturation.Kind.SATURATING, 0.5, 0.2, 2e-6),
        layer(2, Saturation.Kind.SATURATING, 0.2, 0.5, 3e-5)), i -> 3.3 - 0.01 * i);
    Timeline slow = with(12, i -> List.of(
        layer(1, Saturation.Kind.SATURATING, 0.5, 0.2, 4e-5),
        layer(2, Saturation.Kind.SATURATING, 0.2, 0.5, 2e-3)), i -> 1.5 - 0.05 * i);

    assertThat(Rules.tooLow(stuck).orElseThrow().severity()).isEqualTo(Observation.Severity.PROBLEM);
    assertThat(Rules.tooLow(slow).orElseThrow().severity()).isEqualTo(Observation.Severity.WARNING);
    assertThat(Rules.tooLow(healthy(12))).isEmpty();
  }

  @Test
  void aDivergenceIsAProblemAtItsEpoch() {
    Timeline t = healthy(10);
    t.diverged(new Timeline.Divergence(1, 42, 2, "training diverged in epoch 1, mini-batch 42"));

    Observation found = Rules.divergence(t).orElseThrow();
    assertThat(found.epoch()).isEqualTo(1);
    assertThat(found.batch()).isEqualTo(42);
    assertThat(ids(t).get(0)).isEqualTo("divergence");
  }

  @Test
  void chanceAccuracyIsNoSignalOnlyWhenOneBatchCanBeFitted() {
    Timeline fitted = healthy(10);
    fitted.add(new EpochReading(1, 0.2, 0.3, 0.12, 0.5, 0.2));
    fitted.checks(checks(true));
    Timeline broken = healthy(10);
    broken.add(new EpochReading(1, 0.2, 0.3, 0.12, 0.5, 0.2));
    broken.checks(checks(false));

    assertThat(Rules.noSignal(fitted)).isPresent();
    assertThat(Rules.noSignal(broken)).isEmpty();
  }

  @Test
  void oneClassForMostEpochsIsACollapse() {
    Timeline t = new Timeline(10, CHANCE, 0.11);
    t.add(new EpochReading(0, 0.4, 0.45, 0.1, 0.1, 0.97));
    t.add(new EpochReading(1, 0.4, 0.45, 0.1, 0.1, 0.95));
    t.add(new EpochReading(2, 0.4, 0.45, 0.2, 0.2, 0.84));
    Timeline once = new Timeline(10, CHANCE, 0.11);
    once.add(new EpochReading(0, 0.4, 0.45, 0.1, 0.1, 0.97));
    once.add(new EpochReading(1, 0.4, 0.45, 0.5, 0.5, 0.3));
    once.add(new EpochReading(2, 0.4, 0.45, 0.7, 0.7, 0.2));

    assertThat(Rules.collapse(t)).map(Observation::epoch).contains(0);
    assertThat(Rules.collapse(once)).isEmpty();
  }

  @Test
  void overfittingNeedsARisingHeldOutCostAndAGap() {
    Timeline t = new Timeline(10, CHANCE, 0.11);
    double[] held = {1.0, 0.8, 0.85, 0.9};
    for (int e = 0; e < held.length; e++) {
      t.add(new EpochReading(e, 0.5 - 0.1 * e, held[e], 0.8, 0.8 + 0.05 * e, 0.12));
    }
    Timeline noGap = new Timeline(10, CHANCE, 0.11);
    for (int e = 0; e < held.length; e++) {
      noGap.add(new EpochReading(e, 0.5 - 0.1 * e, held[e], 0.8, 0.85, 0.12));
    }

    Timeline memorised = new Timeline(10, CHANCE, 0.11);
    for (int e = 0; e < 4; e++) {
      memorised.add(new EpochReading(e, 0.5 - 0.1 * e, 1.0 - 0.1 * e, 0.7, 0.7 + 0.1 * e, 0.12));
    }

    assertThat(Rules.overfitting(t)).map(Observation::epoch).contains(2);
    assertThat(Rules.overfitting(noGap)).isEmpty();
    assertThat(Rules.overfitting(memorised)).isPresent();
  }

  /** {@code n} readings, {@code perEpoch} to an epoch, of a cost that falls to 0.37 and stays there. */
  private static Timeline flat(int n, int perEpoch) {
    Timeline t = new Timeline(10, CHANCE, 0.11);
    for (int i = 0; i < n; i++) {
      t.add(new Reading(i / perEpoch, i % perEpoch, i + 1, i < 8 ? 0.45 - 0.01 * i : 0.37, List.of(
          layer(1, Saturation.Kind.SATURATING, 0.2, 0.01, 2e-3),
          layer(2, Saturation.Kind.SATURATING, 0.1, 0.02, 3e-3))));
    }
    return t;
  }

  @Test
  void aFlatCostNearChanceIsAPlateau() {
    assertThat(Rules.plateau(flat(20, 10))).isPresent();
    assertThat(Rules.plateau(healthy(20))).isEmpty();
  }

  @Test
  void aPlateauIsNotJudgedWithinTheFirstEpoch() {
    // a small table read every mini-batch has its 10 readings long before its first epoch ends
    assertThat(Rules.plateau(flat(20, 25))).isEmpty();
    assertThat(Rules.plateau(flat(16, 10))).as("quarters of 4 readings").isEmpty();
  }

  @Test
  void findingsAreOrderedByExplanatoryPowerAndPrimaryIsTheFirstActionable() {
    List<Observation> found = new ArrayList<>(List.of(
        new Observation(Symptom.PLATEAU, Observation.Severity.WARNING, 0, 0, 5, "e", "f"),
        new Observation(Symptom.SATURATION, Observation.Severity.PROBLEM, 1, 0, 0, "e", "f"),
        new Observation(Symptom.UNSCALED_INPUTS, Observation.Severity.INFO, 0, -1, -1, "e", "f")));
    found.sort(Observation.EXPLANATORY_ORDER);

    assertThat(found).extracting(Observation::symptom)
        .containsExactly(Symptom.UNSCALED_INPUTS, Symptom.SATURATION, Symptom.PLATEAU);
    assertThat(new Diagnosis(found, healthy(2)).primary()).isEqualTo(Symptom.SATURATION);
  }

  private static RecipeChecks checks(boolean fits) {
    return new RecipeChecks(new InputStatistics(4, 100, 0, 0.1, 1.0, -3, 3), 0.5, CHANCE,
        new OverfitCheck(16, 300, 0.5, fits ? 0.01 : 0.4, fits ? 1.0 : 0.3));
  }
}
