package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.activation.Range;
import org.junit.jupiter.api.Test;

class SecondMomentActivationTest {

  /** 2z, whose second moment under N(0, 1) is 4, so its gain is 1/2. */
  private static final class Doubling extends SecondMomentActivation {

    Doubling() {
      super(z -> 2 * z, Range.REAL, "doubling(factor=2)");
    }

    @Override
    public double value(double z) {
      return 2 * z;
    }

    @Override
    public double derivative(double z, double a) {
      return 2;
    }
  }

  @Test
  void gainIsTheSecondMomentRuleOfTheGivenFunction() {
    Doubling doubling = new Doubling();

    assertThat(doubling.gain()).isEqualTo(SecondMomentGain.of(z -> 2 * z));
    assertThat(Math.abs(doubling.gain() - 0.5)).isLessThan(1e-9);
  }

  @Test
  void reportsTheRangeAndDescriptionItWasGiven() {
    Doubling doubling = new Doubling();

    assertThat(doubling.range()).isEqualTo(Range.REAL);
    assertThat(doubling).hasToString("doubling(factor=2)");
  }

  @Test
  void stockActivationsKeepTheirNamesAndRanges() {
    assertThat(Elu.of(1.5)).hasToString("elu(alpha=1.5)");
    assertThat(Elu.of(1.5).range()).isEqualTo(new Range(-1.5, Double.POSITIVE_INFINITY));
    assertThat(HardTanh.of(-2, 3)).hasToString("hard-tanh(low=-2, high=3)");
    assertThat(HardTanh.of(-2, 3).range()).isEqualTo(new Range(-2, 3));
    assertThat(Softsign.INSTANCE).hasToString("softsign");
  }

  /** The singletons are built during class initialisation, so a range constant must precede them. */
  @Test
  void singletonsSeeTheirRangeConstants() {
    assertThat(Gelu.INSTANCE.range().lower()).isEqualTo(-0.169971207479904);
    assertThat(GeluTanh.INSTANCE.range().lower()).isEqualTo(-0.170040750571255);
    assertThat(Silu.INSTANCE.range().lower()).isEqualTo(-0.278464542761074);
  }
}
