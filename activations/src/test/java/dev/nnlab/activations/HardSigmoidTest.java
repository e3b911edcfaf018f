package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.core.plugin.SpecException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HardSigmoidTest {

  @ParameterizedTest(name = "{0}: f({1}) = {2}, f'({1}) = {3}")
  @CsvSource({
    // default = PyTorch relu6(z+3)/6: slope 1/6, saturates at ±3
    "hard-sigmoid, 1, 0.6666666666666666, 0.16666666666666666",
    "hard-sigmoid, 2.9, 0.9833333333333333, 0.16666666666666666",
    "hard-sigmoid, 3, 1, 0",
    "hard-sigmoid, -3.5, 0, 0",
    "hard-sigmoid(convention=pytorch), -1.5, 0.25, 0.16666666666666666",
    // Keras 2 / Theano / DL4J: 0.2z + 0.5, saturates at ±2.5
    "hard-sigmoid(convention=keras2), 1, 0.7, 0.2",
    "hard-sigmoid(convention=keras2), 2.9, 1, 0",
    "hard-sigmoid(convention=keras2), -2.5, 0, 0",
    // Courbariaux: (z+1)/2, saturates at ±1
    "hard-sigmoid(convention=courbariaux), 0.5, 0.75, 0.5",
    "hard-sigmoid(convention=courbariaux), 1, 1, 0",
    "hard-sigmoid(convention=courbariaux), -2, 0, 0",
  })
  void conventions(String spec, double z, double value, double derivative) {
    ElementwiseActivation f = (ElementwiseActivation) PluginCatalog.standard().activation(spec).value();
    assertThat(f.value(z)).isCloseTo(value, within(1e-15));
    assertThat(f.derivative(z, f.value(z))).isCloseTo(derivative, within(1e-15));
    assertThat(f.value(0)).isEqualTo(0.5);
  }

  @Test
  void defaultConventionIsPyTorchAndShowsInTheSpec() {
    assertThat(PluginCatalog.standard().activation("hard-sigmoid").spec())
        .isEqualTo("hard-sigmoid(convention=pytorch)");
    assertThat(PluginCatalog.standard().activation("hard-sigmoid(convention=KERAS2)").value())
        .hasToString("hard-sigmoid(convention=keras2)");
  }

  @Test
  void unknownConventionListsTheKnownOnes() {
    assertThatThrownBy(() -> PluginCatalog.standard().activation("hard-sigmoid(convention=theano)"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("convention")
        .hasMessageContaining("pytorch, keras2, courbariaux");
  }
}
