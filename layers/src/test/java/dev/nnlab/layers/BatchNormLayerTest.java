package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.ModeDependence;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.model.Parameter;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class BatchNormLayerTest {

  private static final double EPS = 1e-5;

  private static void requireClose(DMatrixRMaj actual, double... expected) {
    assertThat(actual.getNumElements()).isEqualTo(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual.data[i]).as("entry %d", i).isCloseTo(expected[i], within(1e-12));
    }
  }

  @Test
  void normalisesEachFeatureOfAFlatInputByTheBatchAndUpdatesTheRunningStatisticsAsPyTorch() {
    Layer norm = TestLayers.build("batch-norm", Shape.flat(2));
    DMatrixRMaj x = new DMatrixRMaj(2, 2, true, 1, 2, 3, 6);
    // feature 0: mean 2, variance 1; feature 1: mean 4, variance 4 (biased, for normalising)
    requireClose(TestLayers.forward(norm, x, Mode.TRAINING),
        -1 / Math.sqrt(1 + EPS), -2 / Math.sqrt(4 + EPS), 1 / Math.sqrt(1 + EPS), 2 / Math.sqrt(4 + EPS));
    // running = 0.9·(0, 1) + 0.1·(mean, unbiased variance (2, 8))
    requireClose(norm.parameters().get(2).value(), 0.2, 0.4);
    requireClose(norm.parameters().get(3).value(), 1.1, 1.7);
    requireClose(TestLayers.forward(norm, TestLayers.row(1, 2), Mode.INFERENCE),
        0.8 / Math.sqrt(1.1 + EPS), 1.6 / Math.sqrt(1.7 + EPS));
  }

  @Test
  void normalisesEachChannelOfAnImageOverBatchAndPixels() {
    Layer norm = TestLayers.build("batch-norm(momentum=0.5, epsilon=0.001)", Shape.image(2, 1, 2));
    norm.parameters().get(0).value().setTo(new DMatrixRMaj(2, 1, true, 2, 1));
    norm.parameters().get(1).value().setTo(new DMatrixRMaj(2, 1, true, 0, 10));
    // channel 0: 1, 3 (mean 2, variance 1); channel 1: 10, 20 (mean 15, variance 25); γ = (2, 1), β = (0, 10)
    requireClose(TestLayers.forward(norm, TestLayers.row(1, 3, 10, 20), Mode.TRAINING),
        -2 / Math.sqrt(1.001), 2 / Math.sqrt(1.001), 10 - 5 / Math.sqrt(25.001), 10 + 5 / Math.sqrt(25.001));
    requireClose(norm.parameters().get(2).value(), 1, 7.5);
    requireClose(norm.parameters().get(3).value(), 0.5 + 0.5 * 2, 0.5 + 0.5 * 50);
  }

  @Test
  void theBackwardPassGoesThroughTheBatchStatistics() {
    Layer norm = TestLayers.build("batch-norm", Shape.flat(1));
    DMatrixRMaj x = new DMatrixRMaj(3, 1, true, 0, 1, 5);
    DMatrixRMaj y = TestLayers.forward(norm, x, Mode.TRAINING);
    DMatrixRMaj gradInput = new DMatrixRMaj(1, 1);
    // a gradient along the output itself: normalised outputs cannot grow, so ∂C/∂x is nearly zero
    norm.backward(y.copy(), false, gradInput);
    for (double g : gradInput.data) {
      assertThat(g).isCloseTo(0, within(1e-4));
    }
    assertThat(norm.parameters().get(0).gradient().get(0, 0)).isCloseTo(3, within(1e-4)); // Σ x̂² = m·σ²/(σ²+ε)
    assertThat(norm.parameters().get(1).gradient().get(0, 0)).isCloseTo(0, within(1e-12));
  }

  @Test
  void declaresItsParametersAndThatItsModesDiffer() {
    Layer norm = TestLayers.build("batch-norm", Shape.image(3, 4, 4));
    assertThat(norm.parameters()).extracting(Parameter::name)
        .containsExactly("layer1.gamma", "layer1.beta", "layer1.running_mean", "layer1.running_var");
    assertThat(norm.parameters()).extracting(Parameter::role)
        .containsExactly(Parameter.Role.SCALE, Parameter.Role.SHIFT, Parameter.Role.BUFFER, Parameter.Role.BUFFER);
    assertThat(norm.parameters()).allSatisfy(p -> assertThat(p.value().numRows).isEqualTo(3));
    assertThat(norm.capability(ModeDependence.class)).isPresent();
  }

  @Test
  void refusesToTrainOnOneValuePerChannel() {
    Layer norm = TestLayers.build("batch-norm", Shape.flat(4));
    assertThatThrownBy(() -> TestLayers.forward(norm, new DMatrixRMaj(1, 4), Mode.TRAINING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batch-norm in training needs more than one value per channel, got a batch of 1 × 1");
    assertThat(TestLayers.forward(norm, new DMatrixRMaj(1, 4), Mode.INFERENCE).numCols).isEqualTo(4);
  }
}
