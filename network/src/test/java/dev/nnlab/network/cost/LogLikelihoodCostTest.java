package dev.nnlab.network.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.network.TestNets;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class LogLikelihoodCostTest {

  private final LogLikelihoodCost cost = new LogLikelihoodCost();

  @Test
  void isMinusLogOfTheTrueClassProbability() {
    DMatrixRMaj a = new DMatrixRMaj(new double[][] {{0.7, 0.2, 0.1}, {0.1, 0.1, 0.8}});
    DMatrixRMaj y = new DMatrixRMaj(new double[][] {{1, 0, 0}, {0, 1, 0}});
    assertThat(cost.total(a, y)).isCloseTo(-Math.log(0.7) - Math.log(0.1), within(1e-15));
  }

  @Test
  void genericGradientIsMinusTargetOverOutput() {
    DMatrixRMaj a = new DMatrixRMaj(new double[][] {{0.5, 0.25}});
    DMatrixRMaj y = new DMatrixRMaj(new double[][] {{0, 1}});
    DMatrixRMaj gradient = new DMatrixRMaj(1, 2);
    cost.gradient(a, y, gradient);
    assertThat(gradient.data).containsExactly(0, -4);
  }

  @Test
  void softmaxIsItsCanonicalLink() {
    assertThat(cost.hasCanonicalLink(TestNets.CATALOG.activation("test-softmax").value())).isTrue();
    assertThat(cost.hasCanonicalLink(TestNets.CATALOG.activation("test-sigmoid").value())).isFalse();
  }

  @Test
  void isFoundByItsAliases() {
    assertThat(TestNets.CATALOG.cost("nll").spec()).isEqualTo("log-likelihood");
  }
}
