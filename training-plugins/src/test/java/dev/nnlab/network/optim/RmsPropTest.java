package dev.nnlab.network.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RmsPropTest {

  @Test
  void dividesByTheRootOfARunningMeanSquare() {
    // s1 = 0.1·0.25 = 0.025, w1 = 1 − 0.01·0.5/√0.025; s2 = 0.0225 + 0.1 = 0.1225, w2 = w1 + 0.01/0.35
    double[] w = Steps.run(new RmsProp(0.01, 0.9, 1e-8), 0.5, -1);
    double first = 1 - 0.01 * 0.5 / (Math.sqrt(0.025) + 1e-8);
    assertThat(w[0]).isCloseTo(first, within(1e-15));
    assertThat(w[1]).isCloseTo(first + 0.01 / (0.35 + 1e-8), within(1e-15));
  }

  @Test
  void refusesBadValuesAsTheSpecDoes() {
    SpecMessages.refusedLikeTheSpec(() -> new RmsProp(0.001, -0.1, 1e-8), "optimizer", "rmsprop(rho=-0.1)",
        "bad value for parameter 'rho' of optimizer 'rmsprop': -0.1 is out of range; expected a number in [0, 1)");
  }
}
