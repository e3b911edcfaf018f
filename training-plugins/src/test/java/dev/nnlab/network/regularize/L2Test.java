package dev.nnlab.network.regularize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.network.optim.Sgd;
import dev.nnlab.network.optim.SpecMessages;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class L2Test {

  @Test
  void penaltyIsHalfLambdaOverNTimesSumOfSquares() {
    DMatrixRMaj w = new DMatrixRMaj(new double[][] {{1, -2}, {3, 0}});
    assertThat(new L2(5).penalty(w, 10)).isCloseTo(0.5 * 5 / 10 * 14, within(1e-15));
  }

  @Test
  void withSgdItIsNetwork2sWeightDecayRule() {
    double eta = 0.5;
    double lambda = 5;
    int n = 50;
    Parameter p = new Parameter("w", Parameter.Role.WEIGHTS, 1, 3);
    p.value().setData(new double[] {1, -2, 0.5});
    p.gradient().setData(new double[] {0.1, 0.2, -0.3});
    double[] before = p.value().data.clone();
    double[] gradient = p.gradient().data.clone();
    OptimizerState sgd = new Sgd(eta).start(List.of(p));

    new L2(lambda).addGradient(p.value(), n, p.gradient());
    sgd.step();

    for (int i = 0; i < 3; i++) {
      // network2.py: w ← (1 − ηλ/n)·w − (η/m)·Σ∇w, the batch mean being g
      double network2 = (1 - eta * lambda / n) * before[i] - eta * gradient[i];
      assertThat(p.value().data[i]).isCloseTo(network2, within(1e-15));
    }
  }

  @Test
  void lambdaIsASpecParameter() {
    assertThat(PluginCatalog.standard().regularizer("l2(lambda=0.1)").value()).isEqualTo(new L2(0.1));
    assertThat(PluginCatalog.standard().regularizer("weight-decay").value()).isEqualTo(new L2(5));
  }

  @Test
  void refusesANegativeLambdaAsTheSpecDoes() {
    SpecMessages.refusedLikeTheSpec(() -> new L2(-2), "regularizer", "l2(lambda=-2)",
        "bad value for parameter 'lambda' of regularizer 'l2': -2 is out of range; expected a number >= 0");
    SpecMessages.refusedLikeTheSpec(() -> new L2(Double.NaN), "regularizer", "l2(lambda=NaN)",
        "bad value for parameter 'lambda' of regularizer 'l2': NaN is out of range; expected a number >= 0");
  }
}
