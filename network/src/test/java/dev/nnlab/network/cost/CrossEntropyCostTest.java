package dev.nnlab.network.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.network.TestNets;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class CrossEntropyCostTest {

  private final CrossEntropyCost cost = new CrossEntropyCost();

  @Test
  void matchesNetwork2sFormula() {
    DMatrixRMaj a = new DMatrixRMaj(new double[][] {{0.8, 0.3}});
    DMatrixRMaj y = new DMatrixRMaj(new double[][] {{1, 0.5}});
    double expected = -(Math.log(0.8) + 0.5 * Math.log(0.3) + 0.5 * Math.log(0.7));
    assertThat(cost.total(a, y)).isCloseTo(expected, within(1e-15));
  }

  @Test
  void aSaturatedCorrectOutputCostsNothingAndAWrongOneIsLargeButFinite() {
    DMatrixRMaj y = new DMatrixRMaj(new double[][] {{1, 0}});
    assertThat(cost.total(new DMatrixRMaj(new double[][] {{1, 0}}), y)).isZero();
    double wrong = cost.total(new DMatrixRMaj(new double[][] {{0, 1}}), y);
    assertThat(wrong).isCloseTo(-2 * Math.log(Double.MIN_VALUE), within(1e-9));
  }

  @Test
  void genericGradientIsDerivativeWithRespectToOutput() {
    DMatrixRMaj a = new DMatrixRMaj(new double[][] {{0.8}});
    DMatrixRMaj y = new DMatrixRMaj(new double[][] {{0.25}});
    DMatrixRMaj gradient = new DMatrixRMaj(1, 1);
    cost.gradient(a, y, gradient);
    assertThat(gradient.get(0, 0)).isCloseTo(0.55 / (0.8 * 0.2), within(1e-14));
  }

  @Test
  void sigmoidIsItsCanonicalLink() {
    assertThat(cost.hasCanonicalLink(TestNets.CATALOG.activation("test-sigmoid").value())).isTrue();
    assertThat(cost.hasCanonicalLink(TestNets.CATALOG.activation("test-softmax").value())).isFalse();
  }
}
