package dev.nnlab.initializers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.init.Fan;
import org.junit.jupiter.api.Test;

class HeNormalProviderTest {

  private static final Fan NIELSEN = new Fan(784, 30);

  private static double std(String spec) {
    return Math.sqrt(Specs.create(spec).distribution(NIELSEN).orElseThrow().variance());
  }

  @Test
  void defaultIsSqrtTwoOverFanIn() {
    assertThat(std("he-normal")).isCloseTo(Math.sqrt(2.0 / 784), within(1e-15));
    assertThat(Specs.create("he-normal").formula(NIELSEN)).isEqualTo("N(0, 0.05051²) = N(0, 2/784)");
  }

  @Test
  void fanOutModeUsesTheFanOut() {
    assertThat(std("kaiming-normal(mode=fan_out)")).isCloseTo(Math.sqrt(2.0 / 30), within(1e-15));
    assertThat(Specs.create("he-normal(mode=fan_out)").formula(NIELSEN)).isEqualTo("N(0, 0.2582²) = N(0, 2/30)");
  }

  @Test
  void reluLikeActivationGainResolvesToSqrtTwo() {
    assertThat(std("he-normal(gain=tck-fixture-gain)")).isCloseTo(std("he-normal"), within(1e-15));
    assertThat(std("he-normal(gain=tck-fixture-gain(value=1))")).isCloseTo(1 / Math.sqrt(784), within(1e-15));
  }

  @Test
  void canonicalSpecShowsTheGainAsWritten() {
    assertThat(dev.nnlab.core.plugin.PluginCatalog.standard()
            .initializer("he-normal(gain=tck-fixture-gain)").spec())
        .isEqualTo("he-normal(mode=fan_in, gain=tck-fixture-gain)");
  }

  /** PyTorch's kaiming_normal_ on a (20, 1, 5, 5) weight: fan_in 25, fan_out 500 (torch 1.13). */
  @Test
  void aConvolutionsFansAreChannelsOrFiltersTimesTheKernelAsInPyTorch() {
    Fan conv = Fan.convolution(1, 20, 5, 5);

    assertThat(Math.sqrt(Specs.create("he-normal").distribution(conv).orElseThrow().variance()))
        .isCloseTo(0.282842712474619, within(1e-15));
    assertThat(Math.sqrt(Specs.create("he-normal(mode=fan_out)").distribution(conv).orElseThrow().variance()))
        .isCloseTo(0.06324555320336758, within(1e-15));
    assertThat(Specs.create("he-normal").formula(conv)).isEqualTo("N(0, 0.2828²) = N(0, 2/25)");
  }

  @Test
  void aConvolutionGainIsOneAndAnUnknownNameIsRefusedSayingWhatIsAccepted() {
    assertThat(std("he-normal(gain=conv2d)")).isCloseTo(1 / Math.sqrt(784), within(1e-15));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Specs.create("he-normal(gain=conv4d)"))
        .hasMessageContaining("'conv4d' is neither a number, a linear layer (linear, conv1d, conv2d, ...)"
            + " nor a known activation");
  }
}
