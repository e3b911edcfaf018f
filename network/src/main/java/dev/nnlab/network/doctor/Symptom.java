package dev.nnlab.network.doctor;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the doctor can find, with its stable rule id. The declaration order is the order of
 * explanatory power: a symptom explains the ones after it (unscaled inputs saturate units and blow
 * up gradients; a run that diverged stops everything else; a weight penalty that outweighs the data
 * keeps the weights small, which makes every update look large; a learning rate that is too high is
 * what usually makes it diverge or kills units; saturated or dead units
 * make the gradient vanish and the cost plateau), so the first one found is the first cause to fix.
 */
public enum Symptom {
  UNSCALED_INPUTS,
  EXPLODING_GRADIENT,
  DIVERGENCE,
  OVER_REGULARIZATION,
  LEARNING_RATE_TOO_HIGH,
  SATURATION,
  DEAD_UNITS,
  VANISHING_GRADIENT,
  LEARNING_RATE_TOO_LOW,
  NO_SIGNAL,
  OUTPUT_COLLAPSE,
  OVERFITTING,
  PLATEAU,
  HEALTHY;

  /** The rule id, e.g. {@code learning-rate-too-high}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The symptom with this rule id. */
  public static Symptom byId(String id) {
    return Arrays.stream(values())
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "unknown rule id '" + id + "'; expected one of "
                + Arrays.stream(values()).map(Symptom::id).toList()));
  }
}
