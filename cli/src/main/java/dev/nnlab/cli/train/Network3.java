package dev.nnlab.cli.train;

import java.util.List;

/**
 * network3.py's four chapter-6 networks as layer-list presets, every number as network3.py has it:
 * mini-batch 10, 60 epochs, log-likelihood cost on a softmax layer, validation evaluated.
 *
 * <p>network3's {@code ConvPoolLayer} is convolution (valid, stride 1), 2×2 max-pooling, then
 * activation(pooled + bias). For a monotone activation that equals {@code conv(..., activation=f),
 * max-pool(size=2)} (the layers module's ConvPoolEquivalenceTest), which is how it is written here.
 * The layers name no activation: the hidden ones take the preset's (so {@code --activation} can
 * change them), the last one the output activation, softmax.
 *
 * <p>Initialisation as network3 draws it: weights N(0, 1/n_out), where n_out is the layer's outputs
 * per input (a ConvPoolLayer's {@code filters·k²/pool area}), biases N(0, 1), and the softmax
 * layer's weights and biases zero.
 *
 * <p>L2: network3 adds {@code 0.5·λ₃·Σw²/num_training_batches} to the mean mini-batch cost, so a
 * step is {@code w ← (1 − η·λ₃·m/n)·w − η·∇C} (m the mini-batch size, n the training-set size), and
 * the sum runs over every layer's weights but no bias. nnlab's L2 (network2's convention) steps
 * {@code w ← (1 − η·λ/n)·w − η·∇C}, so λ = λ₃·m: network3's λ₃ = 0.1 with m = 10 is λ = 1.
 */
final class Network3 {

  static final int MINI_BATCH = 10;
  static final int EPOCHS = 60;

  /** network3.py's ReLU run: {@code lmbda=0.1}. */
  static final double LAMBDA_NETWORK3 = 0.1;

  /** conv(20, 5×5) pooled 2×2: n_out = 20·25/4 = 125. */
  static final String CONV1_WEIGHTS = normal(20 * 25 / 4.0);

  /** conv(40, 5×5) pooled 2×2: n_out = 40·25/4 = 250. */
  static final String CONV2_WEIGHTS = normal(40 * 25 / 4.0);

  /** A 100-unit fully connected layer: n_out = 100. */
  static final String FC_WEIGHTS = normal(100);

  static final Preset FC =
      preset("network3-fc", "network3.py, chapter 6: one 100-unit sigmoid layer, softmax, η=0.1, 97.80 %",
          "sigmoid", 0.1, 0, List.of(fullyConnected(), softmax()));

  static final Preset CONV =
      preset("network3-conv", "network3.py, chapter 6: conv-pool(20, 5×5), 100 sigmoid, softmax, η=0.1, 98.78 %",
          "sigmoid", 0.1, 0, List.of(convPool(20, CONV1_WEIGHTS), pool(), fullyConnected(), softmax()));

  static final Preset CONV2 =
      preset("network3-conv2",
          "network3.py, chapter 6: two conv-pool layers (20, 40), 100 sigmoid, softmax, η=0.1, 99.06 %",
          "sigmoid", 0.1, 0, twoConvPools());

  static final Preset CONV2_RELU =
      preset("network3-conv2-relu",
          "network3.py, chapter 6: two conv-pool layers, ReLU, η=0.03, λ₃=0.1 (nnlab λ=1), 99.23 %",
          "relu", 0.03, LAMBDA_NETWORK3 * MINI_BATCH, twoConvPools());

  private Network3() {}

  private static List<PresetLayer> twoConvPools() {
    return List.of(convPool(20, CONV1_WEIGHTS), pool(), convPool(40, CONV2_WEIGHTS), pool(), fullyConnected(),
        softmax());
  }

  private static PresetLayer convPool(int filters, String weights) {
    return new PresetLayer("conv", "filters=" + filters + ", kernel=5", weights, "randn");
  }

  private static PresetLayer pool() {
    return PresetLayer.plain("max-pool", "size=2");
  }

  private static PresetLayer fullyConnected() {
    return new PresetLayer("dense", "units=100", FC_WEIGHTS, "randn");
  }

  /** Its softmax is the preset's output activation. */
  private static PresetLayer softmax() {
    return new PresetLayer("dense", "units=10", "zeros", "zeros");
  }

  /** N(0, 1/n_out), network3's weight distribution. */
  private static String normal(double outputs) {
    return "normal(std=" + Math.sqrt(1 / outputs) + ")";
  }

  /**
   * The network-wide weights and biases ({@code randn}) reach only layers a user adds; every layer
   * here names its own, until {@code --init} or {@code --bias-init} replaces them.
   */
  private static Preset preset(
      String id, String description, String activation, double eta, double lambda, List<PresetLayer> layers) {
    return new Preset(id, description, List.of(), layers, "randn", "randn", activation, "softmax",
        "log-likelihood", "sgd", eta, lambda, MINI_BATCH, EPOCHS, true);
  }
}
