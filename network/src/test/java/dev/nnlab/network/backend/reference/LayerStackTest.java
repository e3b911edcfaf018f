package dev.nnlab.network.backend.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.network.TestNets;
import dev.nnlab.network.backend.Dropout;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backprop against central finite differences, for every hidden activation × output activation ×
 * cost the fixtures allow, on a 2-layer and a 4-layer network.
 */
class LayerStackTest {

  /** Step of the fourth-order central difference; its truncation error is O(h⁴). */
  private static final double H = 1e-3;
  private static final double TOLERANCE = 1e-6;
  /** Relative error is measured against at least this magnitude, so ~0 gradients do not divide by ~0. */
  private static final double FLOOR = 1e-5;

  private static final List<String> HIDDEN =
      List.of("test-sigmoid", "test-tanh", "test-relu", "test-identity");

  static Stream<Arguments> combinations() {
    List<Arguments> all = new ArrayList<>();
    for (String hidden : HIDDEN) {
      for (String output : List.of("test-sigmoid", "test-tanh", "test-relu", "test-identity", "test-softmax")) {
        all.add(Arguments.of(hidden, output, "quadratic"));
      }
      for (String output : List.of("test-sigmoid", "test-softmax")) {
        all.add(Arguments.of(hidden, output, "cross-entropy"));
        all.add(Arguments.of(hidden, output, "log-likelihood"));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} hidden, {1} output, {2}")
  @MethodSource("combinations")
  void backpropMatchesFiniteDifferencesOnShallowAndDeepNets(String hidden, String output, String costSpec) {
    Cost cost = TestNets.CATALOG.cost(costSpec).value();
    for (int[] sizes : new int[][] {{3, 4, 3}, {4, 5, 4, 4, 3}}) {
      // std 0.5 keeps a deep identity stack's logits moderate, where finite differences are accurate
      Network network = TestNets.network(17, hidden, output, "test-randn(std=0.5)", sizes);
      DMatrixRMaj x = TestNets.uniform(18, 6, sizes[0], -1, 1);
      DMatrixRMaj y = targets(6, sizes[sizes.length - 1], costSpec);
      checkGradients(network, cost, x, y, () -> LayerStack.forTraining(network, cost, Dropout.none(), new SplittableRandom(0)));
    }
  }

  @Test
  void backpropThroughDropoutMatchesFiniteDifferencesWithTheSameMasks() {
    Network network = TestNets.network(5, "test-tanh", "test-sigmoid", 4, 6, 5, 3);
    Cost cost = TestNets.CATALOG.cost("cross-entropy").value();
    DMatrixRMaj x = TestNets.uniform(6, 7, 4, -1, 1);
    DMatrixRMaj y = targets(7, 3, "cross-entropy");
    checkGradients(
        network, cost, x, y,
        () -> LayerStack.forTraining(network, cost, new Dropout(0.4, new SplittableRandom(3)), new SplittableRandom(0)));
  }

  /** One-hot rows for log-likelihood (its fused δ needs rows summing to 1), else values in (0, 1). */
  private static DMatrixRMaj targets(int rows, int cols, String cost) {
    SplittableRandom random = new SplittableRandom(19);
    DMatrixRMaj y = new DMatrixRMaj(rows, cols);
    for (int i = 0; i < rows; i++) {
      if (cost.equals("log-likelihood")) {
        y.set(i, random.nextInt(cols), 1);
      } else {
        for (int j = 0; j < cols; j++) {
          y.set(i, j, random.nextDouble(0.05, 0.95));
        }
      }
    }
    return y;
  }

  private static void checkGradients(
      Network network, Cost cost, DMatrixRMaj x, DMatrixRMaj y, Supplier<LayerStack> engines) {
    LayerStack engine = engines.get();
    engine.forwardTraining(x);
    engine.backward(y);
    for (Parameter p : network.parameters()) {
      DMatrixRMaj analytic = p.gradient().copy();
      for (int i = 0; i < p.size(); i++) {
        double original = p.value().data[i];
        double plus2 = costAt(p, i, original + 2 * H, engines, cost, x, y);
        double plus = costAt(p, i, original + H, engines, cost, x, y);
        double minus = costAt(p, i, original - H, engines, cost, x, y);
        double minus2 = costAt(p, i, original - 2 * H, engines, cost, x, y);
        p.value().data[i] = original;
        double numeric = (-plus2 + 8 * plus - 8 * minus + minus2) / (12 * H);
        double error =
            Math.abs(analytic.data[i] - numeric)
                / Math.max(FLOOR, Math.max(Math.abs(analytic.data[i]), Math.abs(numeric)));
        assertThat(error)
            .as("%s[%d]: backprop %s, finite differences %s", p.name(), i, analytic.data[i], numeric)
            .isLessThan(TOLERANCE);
      }
    }
  }

  private static double costAt(
      Parameter p, int i, double value, Supplier<LayerStack> engines, Cost cost, DMatrixRMaj x, DMatrixRMaj y) {
    p.value().data[i] = value;
    return meanCost(engines.get(), cost, x, y);
  }

  private static double meanCost(LayerStack engine, Cost cost, DMatrixRMaj x, DMatrixRMaj y) {
    engine.forwardTraining(x);
    return cost.total(engine.output(), y) / x.numRows;
  }

  @Test
  void fusesOnlyCanonicalPairs() {
    Cost crossEntropy = TestNets.CATALOG.cost("cross-entropy").value();
    Cost logLikelihood = TestNets.CATALOG.cost("log-likelihood").value();
    Cost quadratic = TestNets.CATALOG.cost("quadratic").value();
    Network sigmoid = TestNets.network(1, "test-sigmoid", 2, 2);
    Network softmax = TestNets.network(1, "test-softmax", 2, 2);

    assertThat(LayerStack.forTraining(sigmoid, crossEntropy, Dropout.none(), new SplittableRandom(0)).fusedOutputDelta()).isTrue();
    assertThat(LayerStack.forTraining(softmax, logLikelihood, Dropout.none(), new SplittableRandom(0)).fusedOutputDelta()).isTrue();
    assertThat(LayerStack.forTraining(softmax, crossEntropy, Dropout.none(), new SplittableRandom(0)).fusedOutputDelta()).isFalse();
    assertThat(LayerStack.forTraining(sigmoid, logLikelihood, Dropout.none(), new SplittableRandom(0)).fusedOutputDelta()).isFalse();
    assertThat(LayerStack.forTraining(sigmoid, quadratic, Dropout.none(), new SplittableRandom(0)).fusedOutputDelta()).isFalse();
  }

  @Test
  void fusedDeltaIsExactlyOutputMinusTarget() {
    Network network = TestNets.network(2, "test-sigmoid", 3, 4, 2);
    LayerStack engine =
        LayerStack.forTraining(network, TestNets.CATALOG.cost("cross-entropy").value(), Dropout.none(), new SplittableRandom(0));
    DMatrixRMaj x = TestNets.uniform(3, 5, 3, 0, 1);
    DMatrixRMaj y = TestNets.uniform(4, 5, 2, 0, 1);
    engine.forwardTraining(x);
    engine.backward(y);
    for (int i = 0; i < 10; i++) {
      assertThat(engine.delta(2).orElseThrow().data[i]).isEqualTo(engine.output().data[i] - y.data[i]);
    }
  }

  @Test
  void smallerLastBatchReusesTheBuffers() {
    Network network = TestNets.network(2, "test-sigmoid", 3, 4, 2);
    LayerStack engine = LayerStack.forInference(network);
    engine.forward(TestNets.uniform(1, 10, 3, 0, 1));
    double[] buffer = engine.output().data;
    DMatrixRMaj small = TestNets.uniform(1, 3, 3, 0, 1);
    engine.forward(small);

    assertThat(engine.output().data).isSameAs(buffer);
    assertThat(engine.output().numRows).isEqualTo(3);
    DMatrixRMaj expected = new DMatrixRMaj(1, 1);
    network.feedForward(small, expected);
    assertThat(expected.numRows).isEqualTo(3);
    for (int i = 0; i < 6; i++) {
      assertThat(engine.output().data[i]).isEqualTo(expected.data[i]);
    }
  }

  @Test
  void refusesMisuse() {
    Network network = TestNets.network(2, "test-sigmoid", 3, 2);
    LayerStack inference = LayerStack.forInference(network);
    DMatrixRMaj x = TestNets.uniform(1, 2, 3, 0, 1);

    assertThatThrownBy(() -> inference.forward(TestNets.uniform(1, 2, 4, 0, 1)))
        .hasMessage("input has 4 columns but the network takes 3");
    inference.forward(x);
    assertThatThrownBy(() -> inference.backward(new DMatrixRMaj(2, 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("made for inference");
    LayerStack training =
        LayerStack.forTraining(network, TestNets.CATALOG.cost("quadratic").value(), Dropout.none(), new SplittableRandom(0));
    training.forwardTraining(x);
    assertThatThrownBy(() -> training.backward(new DMatrixRMaj(3, 2)))
        .hasMessageContaining("2×2 targets for the forward pass's 2 inputs, got 3×2 targets");
  }
}
