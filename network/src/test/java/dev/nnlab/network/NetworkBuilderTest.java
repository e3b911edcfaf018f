package dev.nnlab.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.plugin.SpecException;
import org.junit.jupiter.api.Test;

class NetworkBuilderTest {

  private static NetworkBuilder base(String firstWeights, String firstBiases) {
    return NetworkBuilder.using(TestNets.CATALOG).input(4)
        .dense(5, "test-sigmoid", firstWeights, firstBiases)
        .dense(3, "test-sigmoid")
        .weights("test-randn").biases("test-randn").seed(3);
  }

  @Test
  void weightsAreOutByInAndFilledInTheInitializersLayout() {
    FeedForwardNetwork network = base(null, null).build();
    assertThat(network.sizes()).containsExactly(4, 5, 3);
    assertThat(network.layer(0).weights().value().numRows).isEqualTo(5);
    assertThat(network.layer(0).weights().value().numCols).isEqualTo(4);
    assertThat(network.layer(1).biases().value().numRows).isEqualTo(3);
    assertThat(network.layer(0).weights().name()).isEqualTo("layer1.weights");
    // row-major draws from the layer's own weight stream
    assertThat(network.layer(0).weights().value().get(1, 0))
        .isEqualTo(nthGaussian(new RandomStreams(3).weights(0), 4));
  }

  private static double nthGaussian(java.util.SplittableRandom random, int n) {
    double value = 0;
    for (int i = 0; i <= n; i++) {
      value = random.nextGaussian();
    }
    return value;
  }

  @Test
  void changingOneInitializerChangesNoOtherDraw() {
    FeedForwardNetwork plain = base(null, null).build();
    FeedForwardNetwork otherBiases = base(null, "test-uniform(low=-1, high=1)").build();
    FeedForwardNetwork otherWeights = base("test-randn(std=2)", null).build();

    assertThat(otherBiases.layer(0).weights().value().data).containsExactly(plain.layer(0).weights().value().data);
    assertThat(otherBiases.layer(1).weights().value().data).containsExactly(plain.layer(1).weights().value().data);
    assertThat(otherBiases.layer(0).biases().value().data).isNotEqualTo(plain.layer(0).biases().value().data);
    assertThat(otherWeights.layer(0).biases().value().data).containsExactly(plain.layer(0).biases().value().data);
    assertThat(otherWeights.layer(1).weights().value().data).containsExactly(plain.layer(1).weights().value().data);
  }

  @Test
  void differentSeedsGiveDifferentWeights() {
    assertThat(base(null, null).seed(4).build().layer(0).weights().value().data)
        .isNotEqualTo(base(null, null).build().layer(0).weights().value().data);
  }

  @Test
  void misuseIsExplained() {
    assertThatThrownBy(() -> NetworkBuilder.using(TestNets.CATALOG).dense(3, "test-tanh").build())
        .hasMessage("call input(size) with a size >= 1 before build()");
    assertThatThrownBy(() -> NetworkBuilder.using(TestNets.CATALOG).input(2).build())
        .hasMessageContaining("add at least one layer");
    assertThatThrownBy(() -> NetworkBuilder.using(TestNets.CATALOG).input(2).dense(3, "test-tanh").build())
        .hasMessage("no weights initializer for layer 1: call weights(spec) or give the layer its own");
    assertThatThrownBy(() -> NetworkBuilder.using(TestNets.CATALOG).input(2).dense(3, "test-tahn"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("Did you mean 'test-tanh'?");
  }
}
