package dev.nnlab.network.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.network.diagnostics.Saturation;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class WatchStateTest {

  private static WatchState sample() {
    DMatrixRMaj w = new DMatrixRMaj(2, 3, true, 0.1, -0.2, 1e-300, Double.MIN_VALUE, 3.0, -0.0);
    LayerReading layer = new LayerReading(1, "sigmoid", Saturation.Kind.SATURATING, 0.25, Math.PI, Math.E, 1.5,
        Double.NaN, Double.POSITIVE_INFINITY, 0.1 + 0.2, 1e-3, 0.7, 0);
    Reading reading = new Reading(0, 24, 25, 0.123456789012345678, List.of(layer));
    EpochReading epoch = new EpochReading(0, 0.5, 0.6, 0.9012, Double.NaN, 0.11);
    Observation told = new Observation(Symptom.SATURATION, Observation.Severity.PROBLEM, 1, 0, 24,
        "100 % of the sigmoid layer's pairs are saturated (|f′| < 1 %)", "initialise for the activation");
    return new WatchState(50, 0, 49, List.of(w), List.of(reading), List.of(epoch), List.of(told));
  }

  @Test
  void everyValueComesBackBitForBit() {
    WatchState state = sample();

    WatchState back = WatchState.decode(state.encode());

    assertThat(back.step()).isEqualTo(50);
    assertThat(back.lastEpoch()).isZero();
    assertThat(back.lastBatch()).isEqualTo(49);
    assertThat(back.initialWeights()).hasSize(1);
    DMatrixRMaj w = back.initialWeights().get(0);
    assertThat(w.numRows).isEqualTo(2);
    assertThat(w.numCols).isEqualTo(3);
    for (int i = 0; i < 6; i++) {
      assertThat(Double.doubleToRawLongBits(w.data[i]))
          .isEqualTo(Double.doubleToRawLongBits(state.initialWeights().get(0).data[i]));
    }
    // records compare doubles by their bits (Double.compare), NaN and -0.0 included
    assertThat(back.readings()).isEqualTo(state.readings());
    assertThat(back.epochs()).isEqualTo(state.epochs());
    assertThat(back.told()).isEqualTo(state.told());
  }

  @Test
  void aWatchThatHasReadNothingYetHasNoInitialWeights() {
    WatchState empty = new WatchState(0, -1, -1, null, List.of(), List.of(), List.of());

    assertThat(WatchState.decode(empty.encode()).initialWeights()).isNull();
  }

  @Test
  void textThatIsNotASavedStateIsRefused() {
    String text = sample().encode();

    assertThatThrownBy(() -> WatchState.decode(text.substring(0, text.length() / 2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WatchState.decode("not base64!")).isInstanceOf(IllegalArgumentException.class);
  }
}
