package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.plugin.PluginCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The declared gains, as made through the registry from spec strings. */
class GainsTest {

  @ParameterizedTest(name = "{0} has PyTorch''s gain {1}")
  @CsvSource({
    "sigmoid, 1",
    "tanh, 1.6666666666666667",
    "relu, 1.4142135623730951",
    "leaky-relu, 1.4141428569978354", // sqrt(2/(1+0.01^2))
    "leaky-relu(slope=0.2), 1.3867504905630728", // sqrt(2/1.04)
    "leaky-relu(slope=0), 1.4142135623730951",
    "selu, 0.75",
    "identity, 1",
    "linear, 1",
    "softmax, 1"
  })
  void pyTorchValues(String spec, double gain) {
    assertThat(activation(spec).gain()).isCloseTo(gain, within(1e-15));
  }

  @ParameterizedTest(name = "{0} uses the second-moment rule")
  @ValueSource(strings = {
    "elu", "elu(alpha=2)", "gelu", "gelu(approximate=tanh)", "silu", "swish", "softplus", "softsign",
    "hard-sigmoid", "hard-sigmoid(convention=keras2)", "hard-sigmoid(convention=courbariaux)",
    "hard-tanh", "hard-tanh(low=0, high=6)", "mish", "hard-swish", "hardswish", "celu",
    "celu(alpha=2)", "log-sigmoid", "logsigmoid"
  })
  void othersUseTheSecondMomentRule(String spec) {
    ElementwiseActivation activation = (ElementwiseActivation) activation(spec);
    assertThat(activation.gain()).isEqualTo(SecondMomentGain.of(activation::value));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // hard-tanh(0, 6) is relu6: E[f^2] is 1/2 up to the mass beyond 6 (~1e-8), so the gain is ~sqrt 2
    "'hard-tanh(low=0, high=6)', 1.4142135623730951, 1e-6",
    // no closed forms; values from an independent Simpson integration (200,000 steps)
    "gelu, 1.533530441195573, 1e-9",
    "gelu(approximate=tanh), 1.5335805216661964, 1e-9",
    "silu, 1.6765324703311384, 1e-9",
    "elu, 1.2451983007007261, 1e-9",
    "softplus, 1.0418668355353273, 1e-9",
    "softsign, 2.3375333631085855, 1e-9",
    "hard-sigmoid, 1.897840424729602, 1e-9",
    "hard-sigmoid(convention=keras2), 1.8598338676668518, 1e-9",
    "hard-sigmoid(convention=courbariaux), 1.6243215587888722, 1e-9",
    "hard-tanh, 1.3920361404483406, 1e-9",
    // mpmath quadrature, 30 digits
    "mish, 1.486847581273208, 1e-9",
    "hard-swish, 1.7366572127665416, 1e-9",
    "celu, 1.2451983007007066, 1e-9", // celu(alpha=1) is elu(alpha=1)
    "'celu(alpha=2)', 1.1551916071226462, 1e-9",
    "'celu(alpha=0.5)', 1.3309083682270453, 1e-9",
    "log-sigmoid, 1.0418668355353017, 1e-9", // -softplus(-z): the same second moment as softplus
  })
  void ruleValuesAreSensible(String spec, double expected, double tolerance) {
    assertThat(activation(spec).gain()).isCloseTo(expected, within(tolerance));
  }

  private static Activation activation(String spec) {
    return PluginCatalog.standard().activation(spec).value();
  }
}
