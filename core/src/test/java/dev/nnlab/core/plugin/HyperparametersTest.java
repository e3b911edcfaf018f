package dev.nnlab.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.model.Optimizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class HyperparametersTest {

  /** A provider declaring one positive and one bounded parameter, as the stock optimizers do. */
  private static final Plugin<Optimizer> PROVIDER = new Plugin<>() {
    @Override
    public String name() {
      return "fixture-sgd";
    }

    @Override
    public String description() {
      return "declares eta > 0 and mu in [0, 1)";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of(
          ParameterSpec.of("eta", ParameterType.positive(), "0.1", "learning rate"),
          ParameterSpec.of("mu", ParameterType.real(0, true, 1, false), "0.9", "momentum"));
    }

    @Override
    public Optimizer create(Parameters parameters) {
      throw new UnsupportedOperationException("not needed");
    }
  };

  @Test
  void returnsAnAllowedValueUnchanged() {
    assertThat(Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "eta", 0.1)).isEqualTo(0.1);
    assertThat(Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "mu", 0)).isZero();
  }

  @Test
  void refusesABadValueWithTheSpecParsersMessage() {
    assertThatThrownBy(() -> Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "eta", -3))
        .isInstanceOf(SpecException.class)
        .hasMessage("bad value for parameter 'eta' of optimizer 'fixture-sgd': -3 is out of range;"
            + " expected a number > 0");
    assertThatThrownBy(() -> Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "mu", 1))
        .hasMessage("bad value for parameter 'mu' of optimizer 'fixture-sgd': 1 is out of range;"
            + " expected a number in [0, 1)");
    assertThatThrownBy(() -> Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "eta", Double.NaN))
        .hasMessageEndingWith("NaN is out of range; expected a number > 0");
  }

  /** A value the catalogue's 6-digit form would round is shown with every digit. */
  @Test
  void showsEveryDigitWhereTheShortFormWouldRound() {
    assertThatThrownBy(() -> Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "mu", 1.0000001234567))
        .hasMessageContaining(": 1.0000001234567 is out of range");
  }

  @Test
  void anUndeclaredParameterIsAProgrammingError() {
    assertThatThrownBy(() -> Hyperparameters.check(PluginKinds.OPTIMIZER, PROVIDER, "beta", 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("optimizer 'fixture-sgd' declares no parameter 'beta'");
  }
}
