package dev.nnlab.initializers;

import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;

/** The {@code gain} parameter shared by the fan-scaled, orthogonal and identity initializers. */
final class GainParameter {

  /** sqrt(2) written out in full, so that He's default is exact rather than 1.414214. */
  static final String SQRT2 = Double.toString(Math.sqrt(2));

  private GainParameter() {}

  static ParameterSpec withDefault(String defaultText) {
    return ParameterSpec.of(
        "gain",
        ParameterType.gain(),
        defaultText,
        "multiplies the standard deviation (or bound); a number or an activation such as relu");
  }
}
