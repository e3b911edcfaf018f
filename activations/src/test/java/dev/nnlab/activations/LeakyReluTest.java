package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.activation.Range;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.SpecException;
import org.junit.jupiter.api.Test;

class LeakyReluTest {

  @Test
  void negativeSideScalesBySlope() {
    LeakyRelu leaky = (LeakyRelu) PluginCatalog.standard().activation("leaky-relu(slope=0.2)").value();
    assertThat(leaky.value(-3)).isEqualTo(-0.6000000000000001);
    assertThat(leaky.value(3)).isEqualTo(3);
    assertThat(leaky.derivative(-3, -0.6)).isEqualTo(0.2);
    assertThat(leaky.derivative(3, 3)).isEqualTo(1);
    assertThat(leaky.range()).isEqualTo(Range.REAL);
  }

  @Test
  void defaultSlopeIsPyTorchs() {
    LeakyRelu leaky = (LeakyRelu) PluginCatalog.standard().activation("leaky-relu").value();
    assertThat(leaky.value(-1)).isEqualTo(-0.01);
    assertThat(leaky).hasToString("leaky-relu(slope=0.01)");
  }

  @Test
  void zeroSlopeIsReluWithItsRange() {
    LeakyRelu leaky = new LeakyRelu(0);
    assertThat(leaky.value(-5)).isZero();
    assertThat(leaky.range()).isEqualTo(new Range(0, Double.POSITIVE_INFINITY));
    assertThat(leaky.gain()).isEqualTo(Math.sqrt(2));
  }

  @Test
  void rejectsSlopesOutsideZeroToOne() {
    assertThatThrownBy(() -> PluginCatalog.standard().activation("leaky-relu(slope=-0.1)"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("slope")
        .hasMessageContaining("[0, 1]");
  }
}
