package dev.nnlab.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecParserTest {

  @Test
  void bareName() {
    assertThat(Spec.parse("randn")).isEqualTo(new Spec("randn", Map.of()));
  }

  @Test
  void emptyParentheses() {
    assertThat(Spec.parse("  relu ( ) ")).isEqualTo(new Spec("relu", Map.of()));
  }

  @Test
  void keyValuesInOrderWithSpaces() {
    Spec spec = Spec.parse("he-normal( mode = fan_out , gain=1.4142 )");

    assertThat(spec.name()).isEqualTo("he-normal");
    assertThat(spec.arguments()).containsExactly(
        Map.entry("mode", "fan_out"), Map.entry("gain", "1.4142"));
  }

  @Test
  void nestedSpecAsAValue() {
    Spec spec = Spec.parse("xavier-normal(gain=leaky-relu(slope=0.2), scale=2)");

    assertThat(spec.arguments()).containsExactly(
        Map.entry("gain", "leaky-relu(slope=0.2)"), Map.entry("scale", "2"));
  }

  @Test
  void negativeAndExponentNumbers() {
    assertThat(Spec.parse("uniform(low=-0.05, high=1e-2)").arguments())
        .containsEntry("low", "-0.05")
        .containsEntry("high", "1e-2");
  }

  @Test
  void emptyTextIsRefused() {
    assertThatThrownBy(() -> Spec.parse("  "))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("empty spec");
  }

  @Test
  void missingClosingParenthesisSaysWhere() {
    assertThatThrownBy(() -> Spec.parse("uniform(low=0"))
        .isInstanceOf(SpecException.class)
        .hasMessage("malformed spec 'uniform(low=0' at position 14: missing ')'");
  }

  @Test
  void missingEqualsSaysWhere() {
    assertThatThrownBy(() -> Spec.parse("uniform(low 0)"))
        .hasMessage("malformed spec 'uniform(low 0)' at position 13: unexpected '0'; expected '='");
  }

  @Test
  void missingValue() {
    assertThatThrownBy(() -> Spec.parse("uniform(low=, high=1)"))
        .hasMessage("malformed spec 'uniform(low=, high=1)' at position 13: missing value for 'low'");
  }

  @Test
  void duplicateKey() {
    assertThatThrownBy(() -> Spec.parse("uniform(low=0, low=1)"))
        .hasMessageContaining("parameter 'low' is given twice");
  }

  @Test
  void textAfterTheSpec() {
    assertThatThrownBy(() -> Spec.parse("relu)"))
        .hasMessage("malformed spec 'relu)' at position 5: unexpected ')'; expected '(' or the end");
  }

  @Test
  void unbalancedNestedValue() {
    assertThatThrownBy(() -> Spec.parse("x(gain=relu(slope=1)"))
        .hasMessageContaining("missing ')'");
  }

  @Test
  void leadingGarbage() {
    assertThatThrownBy(() -> Spec.parse("(low=1)"))
        .hasMessage("malformed spec '(low=1)' at position 1: unexpected '('; expected a plugin name");
  }
}
