package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.ValueDistribution;
import org.junit.jupiter.api.Test;

class XavierNormalProviderTest {

  @Test
  void varianceIsTwoOverFanSumAndStdItsSquareRoot() {
    ValueDistribution d = Specs.create("xavier-normal").distribution(new Fan(784, 30)).orElseThrow();
    assertThat(d.variance()).isCloseTo(2.0 / 814, within(1e-15));
    assertThat(Math.sqrt(d.variance())).isCloseTo(0.04957, within(1e-5));
    assertThat(d.mean()).isZero();
  }

  @Test
  void formulaStatesTheVariance() {
    assertThat(Specs.create("glorot-normal").formula(new Fan(784, 30)))
        .isEqualTo("N(0, 0.04957²) = N(0, 2/(784+30))");
    assertThat(Specs.create("xavier-normal(gain=1.5)").formula(new Fan(784, 30)))
        .isEqualTo("N(0, 0.07435²) = N(0, 1.5²·2/(784+30))");
  }

  /** PyTorch's xavier_normal_ on an (8, 3, 3, 3) weight: fan_in 27, fan_out 72 (torch 1.13). */
  @Test
  void aConvolutionsFansAreChannelsOrFiltersTimesTheKernelAsInPyTorch() {
    ValueDistribution d = Specs.create("xavier-normal").distribution(Fan.convolution(3, 8, 3, 3)).orElseThrow();

    assertThat(Math.sqrt(d.variance())).isCloseTo(0.1421338109037403, within(1e-15));
  }
}
