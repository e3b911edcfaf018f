package dev.nnlab.network.optim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElementwiseOptimizerStateTest {

  private final Parameter weights = new Parameter("layer1.weights", Parameter.Role.WEIGHTS, 2, 3);
  private final Parameter biases = new Parameter("layer1.biases", Parameter.Role.BIASES, 2, 1);

  @Test
  void givesEachParameterItsOwnZeroStartedStateOfItsSize() {
    List<double[][]> seen = new ArrayList<>();
    OptimizerState state =
        new ElementwiseOptimizerState(List.of(weights, biases), 2, (n, w, g, s) -> {
          assertThat(s).hasNumberOfRows(2);
          assertThat(s[0]).hasSize(n).containsOnly(0.0);
          assertThat(s[1]).hasSize(n).containsOnly(0.0);
          seen.add(s);
        });

    state.step();

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)[0]).hasSize(6);
    assertThat(seen.get(1)[0]).hasSize(2);
    assertThat(seen.get(0)[0]).isNotSameAs(seen.get(1)[0]);
    assertThat(seen.get(0)[0]).isNotSameAs(seen.get(0)[1]);
  }

  @Test
  void keepsStateBetweenStepsAndPassesValueAndGradient() {
    weights.gradient().data[4] = 0.5;
    // state[0] accumulates g; w mirrors it, so both show whether the state survived the step
    OptimizerState state =
        new ElementwiseOptimizerState(List.of(weights), 1, (n, w, g, s) -> {
          for (int i = 0; i < n; i++) {
            s[0][i] += g[i];
            w[i] = s[0][i];
          }
        });

    state.step();
    state.step();
    state.step();

    assertThat(weights.value().data[4]).isEqualTo(1.5);
    assertThat(weights.value().data[0]).isZero();
  }

  @Test
  void callsBeginStepOnceBeforeTheParameters() {
    List<String> calls = new ArrayList<>();
    OptimizerState state =
        new ElementwiseOptimizerState(List.of(weights, biases), 0, new ElementwiseRule() {
          @Override
          public void beginStep(long step) {
            calls.add("begin " + step);
          }

          @Override
          public void update(int n, double[] w, double[] g, double[][] s) {
            assertThat(s).isEmpty();
            calls.add("update " + n);
          }
        });

    state.step();
    state.step();

    assertThat(calls).containsExactly("begin 1", "update 6", "update 2", "begin 2", "update 6", "update 2");
  }
}
