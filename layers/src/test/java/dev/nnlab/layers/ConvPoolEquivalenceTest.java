package dev.nnlab.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.plugin.PluginCatalog;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Nielsen's ConvPoolLayer (network3.py) computes f(maxpool(W∗x) + b); the stock layers compute
 * maxpool(f(W∗x + b)). Adding b, the same for a whole channel, commutes with the max; so does a
 * monotone increasing f. So {@code conv(..., activation=f), max-pool(size=2)} is his layer.
 */
class ConvPoolEquivalenceTest {

  private static final Shape INPUT = Shape.image(2, 8, 8);

  private static DMatrixRMaj stock(String activation, DMatrixRMaj x, DMatrixRMaj weights, DMatrixRMaj biases) {
    Layer conv = TestLayers.build("conv(filters=3, kernel=5, activation=" + activation + ")", INPUT);
    conv.parameters().get(0).value().setTo(weights);
    conv.parameters().get(1).value().setTo(biases);
    Layer pool = TestLayers.build("max-pool(size=2)", conv.outputShape());
    return TestLayers.forward(pool, TestLayers.forward(conv, x, Mode.INFERENCE), Mode.INFERENCE);
  }

  /** network3.py's order: convolve without bias, pool, add the channel's bias, then f. */
  private static DMatrixRMaj nielsen(String activation, DMatrixRMaj x, DMatrixRMaj weights, DMatrixRMaj biases) {
    Layer conv = TestLayers.build("conv(filters=3, kernel=5, activation=identity)", INPUT);
    conv.parameters().get(0).value().setTo(weights);
    conv.parameters().get(1).value().zero();
    Layer pool = TestLayers.build("max-pool(size=2)", conv.outputShape());
    DMatrixRMaj pooled = TestLayers.forward(pool, TestLayers.forward(conv, x, Mode.INFERENCE), Mode.INFERENCE);
    int perChannel = pool.outputShape().height() * pool.outputShape().width();
    for (int i = 0; i < pooled.getNumElements(); i++) {
      pooled.data[i] += biases.get((i % pooled.numCols) / perChannel, 0);
    }
    Activation f = PluginCatalog.standard().activation(activation).value();
    DMatrixRMaj out = pooled.createLike();
    f.forward(pooled, out);
    return out;
  }

  private static double largestDifference(String activation) {
    DMatrixRMaj x = TestLayers.gaussian(4, INPUT.size(), 21);
    DMatrixRMaj weights = TestLayers.gaussian(3, 2 * 25, 22);
    DMatrixRMaj biases = TestLayers.gaussian(3, 1, 23);
    DMatrixRMaj a = stock(activation, x, weights, biases);
    DMatrixRMaj b = nielsen(activation, x, weights, biases);
    double largest = 0;
    for (int i = 0; i < a.getNumElements(); i++) {
      largest = Math.max(largest, Math.abs(a.data[i] - b.data[i]));
    }
    return largest;
  }

  @ParameterizedTest
  @ValueSource(strings = {"sigmoid", "tanh", "relu", "identity"})
  void conv_with_bias_and_f_then_max_pool_is_nielsens_conv_pool_layer_for_monotone_f(String activation) {
    assertThat(largestDifference(activation)).isCloseTo(0, within(1e-12));
  }

  @Test
  void the_orders_differ_for_an_activation_that_is_not_monotone() {
    // silu dips below zero around z = -1.28: a smaller z can give a larger f(z)
    assertThat(largestDifference("silu")).isGreaterThan(1e-3);
  }
}
