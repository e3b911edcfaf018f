package dev.nnlab.network.regularize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.network.optim.SpecMessages;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class L1Test {

  @Test
  void penaltyAndGradientUseTheSignOfEachWeight() {
    DMatrixRMaj w = new DMatrixRMaj(new double[][] {{1, -2, 0}});
    DMatrixRMaj g = new DMatrixRMaj(new double[][] {{0.5, 0.5, 0.5}});
    L1 l1 = new L1(4);

    assertThat(l1.penalty(w, 8)).isCloseTo(4.0 / 8 * 3, within(1e-15));
    l1.addGradient(w, 8, g);
    assertThat(g.data).containsExactly(1.0, 0.0, 0.5);
  }

  @Test
  void refusesANegativeLambdaAsTheSpecDoes() {
    SpecMessages.refusedLikeTheSpec(() -> new L1(-2), "regularizer", "l1(lambda=-2)",
        "bad value for parameter 'lambda' of regularizer 'l1': -2 is out of range; expected a number >= 0");
  }
}
