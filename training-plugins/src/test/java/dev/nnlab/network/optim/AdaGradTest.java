package dev.nnlab.network.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AdaGradTest {

  @Test
  void dividesByTheRootOfAllPastSquares() {
    // s1 = 0.25, w1 = 1 − 0.1·0.5/0.5 = 0.9 (ε aside); s2 = 1.25, w2 = 0.9 + 0.1/√1.25
    double[] w = Steps.run(new AdaGrad(0.1, 1e-8), 0.5, -1);
    double first = 1 - 0.1 * 0.5 / (0.5 + 1e-8);
    assertThat(w[0]).isCloseTo(first, within(1e-15));
    assertThat(w[1]).isCloseTo(first + 0.1 / (Math.sqrt(1.25) + 1e-8), within(1e-15));
  }

  @Test
  void refusesBadValuesAsTheSpecDoes() {
    SpecMessages.refusedLikeTheSpec(() -> new AdaGrad(-1, 1e-8), "optimizer", "adagrad(eta=-1)",
        "bad value for parameter 'eta' of optimizer 'adagrad': -1 is out of range; expected a number > 0");
  }
}
