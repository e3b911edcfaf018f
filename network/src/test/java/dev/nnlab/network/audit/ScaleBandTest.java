package dev.nnlab.network.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.init.Fan;
import org.junit.jupiter.api.Test;

class ScaleBandTest {

  @Test
  void spansLecunAndGlorot() {
    ScaleBand band = ScaleBand.of(1, new Fan(784, 30));

    assertThat(band.lower()).isCloseTo(1.0 / 784, within(1e-15));
    assertThat(band.upper()).isCloseTo(2.0 / 814, within(1e-15));
  }

  @Test
  void heAndXavierAreAFactorTwoApartInSquareLayers() {
    ScaleBand sigmoid = ScaleBand.of(1, new Fan(100, 100));
    ScaleBand relu = ScaleBand.of(Math.sqrt(2), new Fan(100, 100));

    assertThat(sigmoid.ratio(2.0 / 100)).isCloseTo(2, within(1e-12));
    assertThat(relu.ratio(1.0 / 100)).isCloseTo(0.5, within(1e-12));
    assertThat(relu.ratio(2.0 / 100)).isCloseTo(1, within(1e-12));
  }
}
