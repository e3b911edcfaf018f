package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SecondMomentGainTest {

  @Test
  void reproducesPyTorchWhereTheDerivationIsExact() {
    assertThat(SecondMomentGain.of(z -> z)).isCloseTo(1, within(1e-12));
    assertThat(SecondMomentGain.of(z -> Math.max(0, z))).isCloseTo(Math.sqrt(2), within(1e-12));
    LeakyRelu leaky = new LeakyRelu(0.2);
    assertThat(SecondMomentGain.of(leaky::value)).isCloseTo(leaky.gain(), within(1e-12));
  }

  @Test
  void givesOneForSeluWhoseConstantsMakeTheSecondMomentOne() {
    assertThat(SecondMomentGain.of(Selu.INSTANCE::value)).isCloseTo(1, within(1e-9));
  }

  @Test
  void matchesClosedFormsForClippedFunctions() {
    double phi1 = Math.exp(-0.5) / Math.sqrt(2 * Math.PI);
    double q1 = 0.5 * ErrorFunction.erfc(1 / Math.sqrt(2));
    // For z ~ N(0,1): E[z^2; |z|<1] = (1 - 2 Q(1)) - 2 phi(1); E[1; |z|>=1] = 2 Q(1)
    double secondMoment = (1 - 2 * q1) - 2 * phi1 + 2 * q1;
    assertThat(SecondMomentGain.of(z -> Math.min(1, Math.max(-1, z))))
        .isCloseTo(1 / Math.sqrt(secondMoment), within(1e-10));
  }
}
