package dev.nnlab.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParameterTypeTest {

  private final PluginCatalog catalog = PluginCatalog.standard();

  @Test
  void realBoundsAreDescribedAndEnforced() {
    assertThat(ParameterType.positive().describe()).isEqualTo("a number > 0");
    assertThat(ParameterType.nonNegative().describe()).isEqualTo("a number >= 0");
    assertThat(ParameterType.real(0, true, 1, false).describe()).isEqualTo("a number in [0, 1)");
    assertThat(ParameterType.real().parse("-3.5", catalog)).isEqualTo(-3.5);
    assertThatThrownBy(() -> ParameterType.positive().parse("0", catalog))
        .hasMessage("0 is out of range; expected a number > 0");
    assertThatThrownBy(() -> ParameterType.real(0, true, 1, false).parse("1", catalog))
        .hasMessage("1 is out of range; expected a number in [0, 1)");
    assertThatThrownBy(() -> ParameterType.real().parse("NaN", catalog))
        .hasMessageContaining("out of range");
  }

  @Test
  void integersAndBooleans() {
    assertThat(ParameterType.integer(1, 10).parse("10", catalog)).isEqualTo(10L);
    assertThatThrownBy(() -> ParameterType.integer(1, 10).parse("0", catalog))
        .hasMessage("0 is out of range; expected a whole number in [1, 10]");
    assertThat(ParameterType.bool().parse("TRUE", catalog)).isEqualTo(true);
    assertThatThrownBy(() -> ParameterType.bool().parse("yes", catalog))
        .hasMessage("'yes' is not a boolean; expected true or false");
  }

  @Test
  void choiceReturnsTheCanonicalSpelling() {
    assertThat(ParameterType.choice("fan_in", "fan_out").parse("FAN_OUT", catalog)).isEqualTo("fan_out");
  }

  @Test
  void gainAcceptsAPositiveNumber() {
    Gain gain = (Gain) ParameterType.gain().parse("1.5", catalog);

    assertThat(gain.value()).isEqualTo(1.5);
    assertThat(gain.source()).isEqualTo("1.5");
    assertThatThrownBy(() -> ParameterType.gain().parse("-1", catalog))
        .hasMessageContaining("out of range");
  }

  /** torch.nn.init.calculate_gain gives 1 for linear, conv1d..3d and conv_transpose1d..3d. */
  @Test
  void gainAcceptsTheLinearLayersPyTorchGivesGainOne() {
    for (String layer : new String[] {"linear", "dense", "conv", "conv1d", "conv2d", "conv3d",
        "conv_transpose1d", "conv_transpose2d", "conv_transpose3d", "conv-transpose2d"}) {
      Gain gain = (Gain) ParameterType.gain().parse(layer, catalog);

      assertThat(gain.value()).as(layer).isEqualTo(1);
      assertThat(gain.source()).as(layer).isEqualTo(layer);
    }
  }

  @Test
  void formatDropsTrailingZeros() {
    assertThat(ParameterType.format(2.0)).isEqualTo("2");
    assertThat(ParameterType.format(0.25)).isEqualTo("0.25");
    assertThat(ParameterType.format(Math.sqrt(2))).isEqualTo("1.41421");
    assertThat(ParameterType.format(1e-7)).isEqualTo("1.00000e-07");
  }
}
