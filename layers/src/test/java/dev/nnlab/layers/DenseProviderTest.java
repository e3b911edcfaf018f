package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.SpecException;
import org.junit.jupiter.api.Test;

class DenseProviderTest {

  private static final PluginCatalog CATALOG = PluginCatalog.standard();

  @Test
  void theCanonicalSpecShowsWhatWasGivenInCanonicalForm() {
    assertThat(CATALOG.layer("dense(units=30)").value()).hasToString("dense(units=30)");
    assertThat(CATALOG.layer("linear(units=10, activation=leaky-relu)").value().toString())
        .startsWith("dense(units=10, activation=leaky-relu(");
  }

  @Test
  void itTakesAnyShapeAndGivesAFlatVector() {
    LayerDefinition dense = CATALOG.layer("dense(units=100)").value();
    assertThat(dense.outputShape(Shape.image(20, 12, 12))).isEqualTo(Shape.flat(100));
    assertThat(dense.outputShape(Shape.flat(784))).isEqualTo(Shape.flat(100));
  }

  @Test
  void unitsAreRequiredAndPositive() {
    assertThatThrownBy(() -> CATALOG.layer("dense")).isInstanceOf(SpecException.class).hasMessageContaining("units");
    assertThatThrownBy(() -> CATALOG.layer("dense(units=0)")).isInstanceOf(SpecException.class).hasMessageContaining("units");
  }

  @Test
  void anUnknownActivationIsNamed() {
    assertThatThrownBy(() -> CATALOG.layer("dense(units=3, activation=nope)"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("activation")
        .hasMessageContaining("nope");
  }
}
