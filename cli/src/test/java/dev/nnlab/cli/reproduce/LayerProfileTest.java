package dev.nnlab.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class LayerProfileTest {

  @Test
  void summarisesEachLayerAndComparesTheFirstAndLastHiddenLayers() {
    DMatrixRMaj a1 = new DMatrixRMaj(2, 2, true, 0, 2, 0, 2);
    DMatrixRMaj a2 = new DMatrixRMaj(2, 2, true, 0, 0.2, 0, 0.2);
    DMatrixRMaj out = new DMatrixRMaj(2, 2, true, 1, 1, 1, 1);
    DMatrixRMaj d1 = new DMatrixRMaj(2, 2, true, -0.1, 0.1, -0.1, 0.1);
    DMatrixRMaj d2 = new DMatrixRMaj(2, 2, true, -1, 1, -1, 1);
    LayerSignals signals = new LayerSignals(List.of(a1, a2, out), List.of(d1, d2, out));

    LayerProfile profile = LayerProfile.of(signals);

    assertThat(profile.activationMean()).containsExactly(1.0, 0.1, 1.0);
    assertThat(profile.activationShrink()).isCloseTo(0.1, within(1e-12));
    assertThat(profile.deltaShrink()).isCloseTo(0.1, within(1e-12));
  }
}
