package dev.nnlab.network.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.network.TestNets;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Per-channel saturation on hand-written z, laid out channel-major as {@link Shape} says. */
class SaturationProfileTest {

  private static Activation activation(String name) {
    return TestNets.CATALOG.activation(name).value();
  }

  private static DMatrixRMaj apply(Activation f, DMatrixRMaj z) {
    DMatrixRMaj a = new DMatrixRMaj(z.numRows, z.numCols);
    f.forward(z, a);
    return a;
  }

  @Test
  void aReluChannelIsDeadOnlyWhenEveryPositionIsDeadForEverySample() {
    // 2 channels × 2×2 positions, 3 samples; each row: channel 1's four positions, then channel 2's.
    // Channel 1 fires at position 3 in sample 2 only; channel 2 never fires.
    DMatrixRMaj z = new DMatrixRMaj(3, 8, true,
        -1, -2, -3, -4, -1, -1, -1, -1,
        -1, -2, 0.5, -4, -2, -2, -2, -2,
        -1, -2, -3, -4, -3, -3, -3, -0.5);
    Activation relu = activation("test-relu");

    SaturationProfile profile = SaturationProfile.of(relu, z, apply(relu, z), Shape.image(2, 2, 2));

    assertThat(profile.layer().kind()).isEqualTo(Saturation.Kind.DYING);
    // one dead channel of two, though 7 of the 8 (channel, position) units are dead
    assertThat(profile.layer().deadFraction()).isEqualTo(0.5);
    assertThat(profile.layer().saturatedFraction()).isEqualTo(23.0 / 24);
    assertThat(profile.channels()).hasSize(2);
    ChannelSaturation first = profile.channels().get(0);
    assertThat(first.channel()).isEqualTo(1);
    assertThat(first.deadPositionFraction()).isEqualTo(0.75);
    assertThat(first.dead()).isFalse();
    assertThat(first.fraction()).isEqualTo(0.75);
    assertThat(first.saturatedFraction()).isEqualTo(11.0 / 12);
    assertThat(first.meanZ()).isCloseTo((-1 - 2 - 3 - 4 - 1 - 2 + 0.5 - 4 - 1 - 2 - 3 - 4) / 12.0, within(1e-15));
    ChannelSaturation second = profile.channels().get(1);
    assertThat(second.channel()).isEqualTo(2);
    assertThat(second.dead()).isTrue();
    assertThat(second.deadPositionFraction()).isEqualTo(1.0);
    double mean = (-4 - 8 - 9.5) / 12;
    double squares = (4 + 16 + 27 + 0.25) / 12;
    assertThat(second.meanZ()).isCloseTo(mean, within(1e-15));
    assertThat(second.stdZ()).isCloseTo(Math.sqrt(squares - mean * mean), within(1e-14));
  }

  @Test
  void sigmoidChannelsAreSaturatedByTheirOwnPositions() {
    // channel 1: z = 8 at every position (|z| > 6: saturated); channel 2: z = 0, 0, 7, 0 in each sample
    DMatrixRMaj z = new DMatrixRMaj(2, 8, true,
        8, 8, 8, 8, 0, 0, 7, 0,
        8, 8, 8, 8, 0, 0, 7, 0);
    Activation sigmoid = activation("test-sigmoid");

    SaturationProfile profile = SaturationProfile.of(sigmoid, z, apply(sigmoid, z), Shape.image(2, 2, 2));

    assertThat(profile.layer().kind()).isEqualTo(Saturation.Kind.SATURATING);
    assertThat(profile.layer().saturatedFraction()).isEqualTo(10.0 / 16);
    assertThat(profile.layer().deadFraction()).isZero();
    assertThat(profile.channels()).extracting(ChannelSaturation::saturatedFraction).containsExactly(1.0, 0.25);
    assertThat(profile.channels()).extracting(ChannelSaturation::fraction).containsExactly(1.0, 0.25);
    assertThat(profile.channels().get(0).meanZ()).isEqualTo(8.0);
    assertThat(profile.channels().get(0).stdZ()).isZero();
    assertThat(profile.channels().get(1).meanZ()).isEqualTo(1.75);
    assertThat(profile.channels().get(1).stdZ()).isCloseTo(Math.sqrt(49 / 4.0 - 1.75 * 1.75), within(1e-14));
  }

  @Test
  void aFlatLayerCountsNeuronsAndHasNoChannels() {
    DMatrixRMaj z = new DMatrixRMaj(2, 3, true, -1, 1, -1, -1, 2, -1);
    Activation relu = activation("test-relu");

    SaturationProfile profile = SaturationProfile.of(relu, z, apply(relu, z), Shape.flat(3));

    assertThat(profile.layer().deadFraction()).isEqualTo(2.0 / 3);
    assertThat(profile.channels()).isEmpty();
    assertThat(Diagnostics.saturation(relu, z, apply(relu, z))).isEqualTo(profile.layer());
  }

  @Test
  void softmaxHasNeitherMeasure() {
    DMatrixRMaj z = new DMatrixRMaj(1, 4, true, 1, 2, 3, 4);
    Activation softmax = activation("test-softmax");

    SaturationProfile profile = SaturationProfile.of(softmax, z, apply(softmax, z), Shape.image(1, 2, 2));

    assertThat(profile.layer().kind()).isEqualTo(Saturation.Kind.NOT_APPLICABLE);
    assertThat(profile.channels()).isEmpty();
  }
}
