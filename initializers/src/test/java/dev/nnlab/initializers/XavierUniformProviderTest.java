package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.ValueDistribution;
import org.junit.jupiter.api.Test;

class XavierUniformProviderTest {

  private static final Fan NIELSEN = new Fan(784, 30);

  @Test
  void boundFor784To30IsSqrtOf6Over814() {
    ValueDistribution d = Specs.create("xavier-uniform").distribution(NIELSEN).orElseThrow();
    assertThat(d.upper()).isCloseTo(0.0858, within(1e-4)).isEqualTo(Math.sqrt(6.0 / 814));
    assertThat(d.lower()).isEqualTo(-d.upper());
    assertThat(d.variance()).isCloseTo(2.0 / 814, within(1e-15));
  }

  @Test
  void formulaShowsTheNumbers() {
    assertThat(Specs.create("glorot-uniform").formula(NIELSEN))
        .isEqualTo("U[-0.08585, 0.08585) = ±sqrt(6/(784+30))");
    assertThat(Specs.create("xavier-uniform(gain=4)").formula(NIELSEN))
        .isEqualTo("U[-0.3434, 0.3434) = ±sqrt(4²·6/(784+30))");
  }

  @Test
  void gainFromAnActivationUsesItsDeclaredGain() {
    ValueDistribution d =
        Specs.create("xavier-uniform(gain=tck-fixture-gain(value=3))").distribution(NIELSEN).orElseThrow();
    assertThat(d.upper()).isCloseTo(3 * Math.sqrt(6.0 / 814), within(1e-15));
  }
}
