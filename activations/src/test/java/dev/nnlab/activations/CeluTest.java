package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CeluTest {

  @ParameterizedTest(name = "{0} matches PyTorch")
  @ValueSource(strings = {"celu", "celu(alpha=0.5)", "celu(alpha=2)"})
  void matchesPyTorch(String spec) {
    PyTorchReferences.assertMatches(spec);
  }

  @Test
  void refusesAlphaThatIsNotFiniteAndPositive() {
    for (double alpha : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> Celu.of(alpha))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("celu alpha must be a finite number > 0, got " + alpha);
    }
  }

  @Test
  void isContinuouslyDifferentiableAtZeroForEveryAlpha() {
    for (double alpha : new double[] {0.25, 1, 4}) {
      Celu celu = Celu.of(alpha);
      assertThat(celu.derivative(-Double.MIN_VALUE, 0)).isEqualTo(1);
      assertThat(celu.derivative(Double.MIN_VALUE, 0)).isEqualTo(1);
      assertThat(celu.range().lower()).isEqualTo(-alpha);
    }
  }
}
