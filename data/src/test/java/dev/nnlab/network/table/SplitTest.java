package dev.nnlab.network.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class SplitTest {

  /** 100 rows: 70 of class 0, 30 of class 1; feature = row index. */
  private static Table table() {
    float[] values = new float[100];
    int[] labels = new int[100];
    for (int i = 0; i < 100; i++) {
      values[i] = i;
      labels[i] = i < 70 ? 0 : 1;
    }
    return new Table("t.csv", List.of("x"), values, 100, List.of("a", "b"), labels, null);
  }

  @Test
  void eachClassGivesTheSameShareToTheTestPart() {
    Split split = Split.of(table(), 0.2, 3);

    assertThat(split.test()).hasSize(20);
    assertThat(Arrays.stream(split.test()).filter(r -> r < 70).count()).isEqualTo(14);
    assertThat(IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.test())).sorted().toArray())
        .isEqualTo(IntStream.range(0, 100).toArray());
  }

  @Test
  void theSplitDependsOnTheSeedAlone() {
    assertThat(Split.of(table(), 0.2, 3).test()).isEqualTo(Split.of(table(), 0.2, 3).test());
    assertThat(Split.of(table(), 0.2, 3).test()).isNotEqualTo(Split.of(table(), 0.2, 4).test());
  }

  @Test
  void aFractionOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> Split.of(table(), 1.0, 3)).hasMessageContaining("expected a number between 0 and 1");
  }

  @Test
  void standardizationUsesTheTrainingRowsOnly() {
    Table t = table();
    int[] train = IntStream.range(0, 50).toArray();
    Standardization s = Standardization.fit(t, train);
    TableExamples examples = new TableExamples(t, train, s);
    DMatrixRMaj x = new DMatrixRMaj(1, 1);
    DMatrixRMaj y = new DMatrixRMaj(1, 1);

    examples.gather(new int[] {49}, 0, 1, x, y);

    assertThat(s.mean()[0]).isEqualTo(24.5);
    assertThat(x.get(0, 0)).isCloseTo((49 - 24.5) / s.std()[0], org.assertj.core.api.Assertions.within(1e-9));
    assertThat(y.getNumCols()).isEqualTo(2);
    assertThat(y.get(0, 0)).isEqualTo(1.0);
  }
}
