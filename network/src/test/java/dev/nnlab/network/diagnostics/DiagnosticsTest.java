package dev.nnlab.network.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.network.NetworkBuilder;
import dev.nnlab.network.TestNets;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

  /** Weights all w, biases all b; inputs all 1 with 4 inputs, so every z = 4w + b. */
  private static Network constant(String activation, double w, double b) {
    return NetworkBuilder.using(TestNets.CATALOG).input(4)
        .dense(3, activation, "test-constant(value=" + w + ")", "test-constant(value=" + b + ")")
        .dense(2, "test-softmax", "test-randn", "test-randn").build();
  }

  private static DMatrixRMaj ones(int rows) {
    DMatrixRMaj x = new DMatrixRMaj(rows, 4);
    Arrays.fill(x.data, 1);
    return x;
  }

  @Test
  void aSigmoidLayerDrivenFarFromZeroIsEntirelySaturated() {
    // z = 4·2 − 1 = 7: σ′ = 0.000911 < 0.01·0.25
    LayerDiagnostics layer = Diagnostics.probe(constant("test-sigmoid", 2, -1), ones(5)).layer(1);

    assertThat(layer.saturation().kind()).isEqualTo(Saturation.Kind.SATURATING);
    assertThat(layer.saturation().fraction()).isEqualTo(1.0);
    assertThat(layer.preActivation()).isEqualTo(new Summary(7, 0, 7, 7));
    assertThat(layer.units()).isEqualTo(3);
    assertThat(layer.activation()).isEqualTo("test-sigmoid");
  }

  @Test
  void aSigmoidLayerNearZeroIsNotSaturated() {
    // z = 4·1 + 1.9 = 5.9 is just inside the threshold (|z| ≈ 5.99 for the sigmoid)
    assertThat(Diagnostics.probe(constant("test-sigmoid", 1, 1.9), ones(5)).layer(1).saturation().fraction())
        .isZero();
    assertThat(Diagnostics.probe(constant("test-sigmoid", 1, 2.1), ones(5)).layer(1).saturation().fraction())
        .isEqualTo(1.0);
  }

  @Test
  void halfTheSamplesSaturatedGivesHalf() {
    DMatrixRMaj x = ones(4);
    for (int k = 0; k < 4; k++) {
      x.set(0, k, 0);
      x.set(1, k, 0);
    }
    // samples 0 and 1: z = 0; samples 2 and 3: z = 40
    LayerDiagnostics layer = Diagnostics.probe(constant("test-tanh", 10, 0), x).layer(1);
    assertThat(layer.saturation().saturatedFraction()).isEqualTo(0.5);
    assertThat(layer.preActivation().mean()).isEqualTo(20.0);
    assertThat(layer.preActivation().std()).isEqualTo(20.0);
  }

  @Test
  void reluUnitsThatNeverFireAreDead() {
    LayerDiagnostics dead = Diagnostics.probe(constant("test-relu", -1, -1), ones(6)).layer(1);
    LayerDiagnostics alive = Diagnostics.probe(constant("test-relu", 1, 0), ones(6)).layer(1);

    assertThat(dead.saturation().kind()).isEqualTo(Saturation.Kind.DYING);
    assertThat(dead.saturation().fraction()).isEqualTo(1.0);
    assertThat(alive.saturation().fraction()).isZero();
  }

  /** One 4×4 image per example, 1 at the top-left pixel and 0 elsewhere. */
  private static DMatrixRMaj corner(int rows) {
    DMatrixRMaj x = new DMatrixRMaj(rows, 16);
    for (int i = 0; i < rows; i++) {
      x.set(i, 0, 1);
    }
    return x;
  }

  /** A 1×1 convolution z = x + b, ReLU, then pooling, a dense layer and a softmax output. */
  private static Network conv(double bias) {
    return NetworkBuilder.using(TestNets.CATALOG).input(Shape.image(1, 4, 4))
        .layers("conv(filters=1, kernel=1, activation=test-relu, weights=test-constant(value=1), biases=test-constant("
            + "value=" + bias + ")), max-pool(size=2), dense(units=3, activation=test-sigmoid), dense(units=2,"
            + " activation=test-softmax)")
        .weights("test-randn").biases("test-randn").build();
  }

  @Test
  void everyLayerWithWeightsIsReadInAConvPoolDenseStack() {
    NetworkDiagnostics d = Diagnostics.probe(conv(0), corner(3));

    assertThat(d.layers()).extracting(LayerDiagnostics::layer).containsExactly(1, 3, 4);
    assertThat(d.layer(1).units()).isEqualTo(16);
  }

  @Test
  void aFilterIsDeadOnlyWhenItGivesZeroAtEveryPositionOfEveryExample() {
    // z = x − 0.5 is positive at the corner only: 15 of 16 positions never fire, but the filter does
    LayerDiagnostics firesAtOnePosition = Diagnostics.probe(conv(-0.5), corner(3)).layer(1);
    LayerDiagnostics neverFires = Diagnostics.probe(conv(-2), corner(3)).layer(1);

    assertThat(firesAtOnePosition.saturation().deadFraction()).isZero();
    assertThat(neverFires.saturation().deadFraction()).isEqualTo(1.0);
  }

  @Test
  void softmaxHasNoSaturationMeasure() {
    LayerDiagnostics output = Diagnostics.probe(constant("test-sigmoid", 1, 0), ones(2)).layer(2);
    assertThat(output.saturation().kind()).isEqualTo(Saturation.Kind.NOT_APPLICABLE);
    assertThat(output.saturation().fraction()).isNaN();
  }

  @Test
  void normsAndHistogramsDescribeTheParameters() {
    Network network = constant("test-sigmoid", 0.5, 0);
    network.parameter("layer1.weights").gradient().set(0, 0, 3);
    network.parameter("layer1.weights").gradient().set(1, 1, 4);
    network.parameter("layer1.biases").gradient().set(2, 0, -2);

    LayerDiagnostics layer =
        Diagnostics.probe(network, ones(3), new double[] {0.01, Double.NaN}).layer(1);

    assertThat(layer.weightNorm()).isCloseTo(Math.sqrt(12 * 0.25), within(1e-15));
    assertThat(layer.weightGradientNorm()).isEqualTo(5.0);
    assertThat(layer.biasGradientNorm()).isEqualTo(2.0);
    assertThat(layer.updateRatio()).isEqualTo(0.01);
    assertThat(layer.weights().total()).isEqualTo(12);
    assertThat(layer.weights().bins()).isEqualTo(Diagnostics.HISTOGRAM_BINS);
    assertThat(layer.weightGradients().counts()[Diagnostics.HISTOGRAM_BINS - 1]).isEqualTo(1);
    assertThat(layer.weightGradients().counts()[0]).isEqualTo(10);
    assertThat(layer.activationHistogram().total()).isEqualTo(9);
  }

  @Test
  void peakDerivativesAreTheKnownOnes() {
    assertThat(Diagnostics.peakDerivative(
            (dev.nnlab.core.activation.ElementwiseActivation) TestNets.CATALOG.activation("test-sigmoid").value()))
        .isCloseTo(0.25, within(1e-12));
    assertThat(Diagnostics.peakDerivative(
            (dev.nnlab.core.activation.ElementwiseActivation) TestNets.CATALOG.activation("test-tanh").value()))
        .isCloseTo(1, within(1e-12));
  }

  @Test
  void aConvolutionAndTheDenseLayersAfterItsPoolingAreReadAndItsUnitsAreChannels() {
    Network network = NetworkBuilder.using(TestNets.CATALOG).input(dev.nnlab.core.layer.Shape.image(1, 4, 4))
        .weights("test-constant(value=1)").biases("zeros")
        .layers("conv(filters=2, kernel=3, activation=test-relu), max-pool(size=2), dense(units=3, activation=test-relu),"
            + " dense(units=2, activation=test-sigmoid)")
        .build();
    // filter 2 pushed below zero at every position: dead; filter 1 sees the image's one lit pixel
    network.parameter("layer1.biases").value().set(1, 0, -100);
    DMatrixRMaj x = new DMatrixRMaj(2, 16);
    x.set(0, 0, 1);

    NetworkDiagnostics diagnostics = Diagnostics.probe(network, x);

    assertThat(diagnostics.layers()).extracting(LayerDiagnostics::layer).containsExactly(1, 3, 4);
    // filter 1 fires only where its window covers pixel (0, 0) in the first image: 1 of its 4 positions
    assertThat(diagnostics.layer(1).saturation().deadFraction()).isEqualTo(0.5);
    assertThat(diagnostics.layer(3).units()).isEqualTo(3);
  }
}
