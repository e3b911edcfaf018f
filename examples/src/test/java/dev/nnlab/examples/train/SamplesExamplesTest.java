package dev.nnlab.examples.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class SamplesExamplesTest {

  @Test
  void gathersScaledPixelsAndOneHotTargetsInTheGivenOrder() {
    SamplesExamples examples = new SamplesExamples(SyntheticDigits.samples(20, 5));
    DMatrixRMaj x = new DMatrixRMaj(1, 1);
    DMatrixRMaj y = new DMatrixRMaj(1, 1);

    examples.gather(new int[] {7, 3, 12}, 1, 2, x, y);

    assertThat(examples.size()).isEqualTo(20);
    assertThat(examples.inputSize()).isEqualTo(784);
    assertThat(examples.outputSize()).isEqualTo(10);
    assertThat(x.numRows).isEqualTo(2);
    assertThat(x.numCols).isEqualTo(784);
    assertThat(y.numRows).isEqualTo(2);
    assertThat(y.get(0, 3)).isEqualTo(1.0);
    assertThat(y.get(1, 2)).isEqualTo(1.0);
    assertThat(org.ejml.dense.row.CommonOps_DDRM.elementSum(y)).isEqualTo(2.0);
    assertThat(x.get(0, 9 * 28)).isGreaterThanOrEqualTo(200 / 255.0);
    assertThat(x.get(0, 0)).isLessThan(40 / 255.0);
    assertThat(examples.label(12)).isEqualTo(2);
  }
}
