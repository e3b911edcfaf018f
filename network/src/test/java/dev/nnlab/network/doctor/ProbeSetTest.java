package dev.nnlab.network.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.network.cost.CrossEntropyCost;
import dev.nnlab.network.cost.LogLikelihoodCost;
import dev.nnlab.network.cost.QuadraticCost;
import dev.nnlab.network.data.ArrayExamples;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ProbeSetTest {

  /** 100 examples, labels 0…9 ten times each. */
  private static ProbeSet balanced() {
    int[] labels = new int[100];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = i % 10;
    }
    return ProbeSet.of(ArrayExamples.oneHot(new DMatrixRMaj(100, 3), labels, 10), 100, 10);
  }

  @Test
  void theChanceCostOfSoftmaxLogLikelihoodIsMinusLnOneOverK() {
    assertThat(balanced().chanceCost(new LogLikelihoodCost())).isCloseTo(-Math.log(0.1), within(1e-12));
  }

  @Test
  void theChanceCostsOfTheSigmoidCosts() {
    double k = 10;
    assertThat(balanced().chanceCost(new QuadraticCost())).isCloseTo(0.5 * (1 - 1 / k), within(1e-12));
    assertThat(balanced().chanceCost(new CrossEntropyCost()))
        .isCloseTo(-(Math.log(1 / k) + (k - 1) * Math.log(1 - 1 / k)), within(1e-12));
  }

  @Test
  void aProbeIsSpreadOverTheWholeSet() {
    int[] labels = new int[1000];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = i / 500;
    }
    ProbeSet probe = ProbeSet.of(ArrayExamples.oneHot(new DMatrixRMaj(1000, 1), labels, 2), 100, 2);

    assertThat(probe.size()).isEqualTo(100);
    assertThat(probe.topLabelShare()).isEqualTo(0.5);
  }
}
