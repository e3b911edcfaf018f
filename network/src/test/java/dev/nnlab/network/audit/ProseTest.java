package dev.nnlab.network.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProseTest {

  @Test
  void numbers() {
    assertThat(Prose.number(51.7368)).isEqualTo("51.7");
    assertThat(Prose.number(0.03125)).isEqualTo("0.0313");
    assertThat(Prose.number(2.0)).isEqualTo("2");
    assertThat(Prose.number(3.49e-23)).isEqualTo("3.5e-23");
    assertThat(Prose.number(123456)).isEqualTo("1.2e+5");
    assertThat(Prose.number(0)).isEqualTo("0");
  }

  @Test
  void percents() {
    assertThat(Prose.percent(1.0)).isEqualTo("100 %");
    assertThat(Prose.percent(0.531)).isEqualTo("53 %");
    assertThat(Prose.percent(0.003)).isEqualTo("0.3 %");
    assertThat(Prose.percent(0.9995)).isEqualTo("99.950 %");
    assertThat(Prose.percent(0.995)).isEqualTo("99.5 %");
  }

  @Test
  void layerLists() {
    assertThat(Prose.layers(List.of(3))).isEqualTo("layer 3");
    assertThat(Prose.layers(List.of(2, 3, 4))).isEqualTo("layers 2–4");
    assertThat(Prose.layers(List.of(1, 3, 5))).isEqualTo("layers 1, 3 and 5");
  }
}
