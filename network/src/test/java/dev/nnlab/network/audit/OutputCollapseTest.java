package dev.nnlab.network.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class OutputCollapseTest {

  @Test
  void countsTheModalClassWithNumpysTieRule() {
    DMatrixRMaj a = new DMatrixRMaj(new double[][] {{1, 1, 0}, {0, 2, 1}, {0.5, 0.5, 0.5}, {0, 3, 0}});

    OutputCollapse collapse = OutputCollapse.of(a, a);

    // Ties go to the first index: rows 0 and 2 predict 0, rows 1 and 3 predict 1; 0 comes first.
    assertThat(collapse.modalClass()).isEqualTo(0);
    assertThat(collapse.share()).isEqualTo(0.5);
    assertThat(collapse.distinctClasses()).isEqualTo(2);
  }

  @Test
  void separatesTheInputDrivenSpreadFromFixedOffsets() {
    // Unit 0 sits at 10 ± 1 across inputs, unit 1 at 0 ± 1: spread across inputs 1, gap between units 5.
    DMatrixRMaj z = new DMatrixRMaj(new double[][] {{11, 1}, {9, -1}, {11, -1}, {9, 1}});

    OutputCollapse collapse = OutputCollapse.of(z, z);

    assertThat(collapse.share()).isEqualTo(1.0);
    assertThat(collapse.inputSpread()).isCloseTo(1.0, within(1e-12));
    assertThat(collapse.unitSpread()).isCloseTo(5.0, within(1e-12));
    assertThat(collapse.inputDependence()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void aConstantOutputHasNoInputDependence() {
    DMatrixRMaj z = new DMatrixRMaj(new double[][] {{0, 0}, {0, 0}});

    assertThat(OutputCollapse.of(z, z).inputDependence()).isZero();
  }

  @Test
  void refusesShapesThatDiffer() {
    assertThatThrownBy(() -> OutputCollapse.of(new DMatrixRMaj(2, 3), new DMatrixRMaj(2, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same, non-empty shape");
  }
}
