package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.SpecException;
import org.junit.jupiter.api.Test;

/** How the stock layer specs read, default and fail, through the catalog a user's text goes through. */
class LayerSpecsTest {

  private static String canonical(String spec) {
    return PluginCatalog.standard().layer(spec).spec();
  }

  @Test
  void canonicalSpecsWriteEveryParameter() {
    assertThat(canonical("conv(filters=20,kernel=5,activation=sigmoid)"))
        .isEqualTo("conv(filters=20, kernel=5, stride=1, padding=0, activation=sigmoid, weights=network, biases=network)");
    assertThat(canonical("conv(filters=4, kernel=3, weights=he-normal(mode=fan_out))"))
        .contains("weights=he-normal(mode=fan_out)");
    assertThat(canonical("max-pool(size=2)")).isEqualTo("max-pool(size=2, stride=size)");
    assertThat(canonical("max-pool(size=3, stride=2)")).isEqualTo("max-pool(size=3, stride=2)");
    assertThat(canonical("batch-norm")).isEqualTo("batch-norm(momentum=0.1, epsilon=1e-5)");
    assertThat(canonical("prelu")).isEqualTo("prelu(init=0.25, channel_wise=false)");
    assertThat(canonical("dropout")).isEqualTo("dropout(rate=0.5)");
    assertThat(canonical("flatten")).isEqualTo("flatten");
  }

  @Test
  void aRequiredParameterSaysHowToGiveIt() {
    assertThatThrownBy(() -> canonical("conv(kernel=5)"))
        .isInstanceOf(SpecException.class)
        .hasMessage("bad value for parameter 'filters' (its default) of layer 'conv': it has no default; give it,"
            + " e.g. conv(filters=20, kernel=5)");
    assertThatThrownBy(() -> canonical("avg-pool")).hasMessageEndingWith("it has no default; give it, e.g. avg-pool(size=2)");
  }

  @Test
  void aComponentSpecFailsWithTheCatalogsOwnHelp() {
    assertThatThrownBy(() -> canonical("conv(filters=2, kernel=3, activation=sigmod)"))
        .isInstanceOf(SpecException.class)
        .hasMessageStartingWith("bad value for parameter 'activation' of layer 'conv': unknown activation 'sigmod'.")
        .hasMessageContaining("Did you mean 'sigmoid'?");
    assertThatThrownBy(() -> canonical("conv(filters=2, kernel=3, biases=zero)"))
        .hasMessageContaining("unknown initializer 'zero'");
  }

  @Test
  void badNumbersAreRefusedWithTheirRange() {
    assertThatThrownBy(() -> canonical("max-pool(size=2, stride=zero)"))
        .hasMessageEndingWith("'zero' is not a stride; expected a whole number in [1, 1024], or size for the window's size");
    assertThatThrownBy(() -> canonical("dropout(rate=1)")).hasMessageContaining("1 is out of range; expected a number in [0, 1)");
    assertThatThrownBy(() -> canonical("conv(filters=0, kernel=3)")).hasMessageContaining("0 is out of range");
  }
}
