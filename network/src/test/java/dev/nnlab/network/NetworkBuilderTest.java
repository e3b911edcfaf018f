package dev.nnlab.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.layer.Network;
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
    Network network = base(null, null).build();
    assertThat(network.sizes()).containsExactly(4, 5, 3);
    assertThat(network.parameter("layer1.weights").value().numRows).isEqualTo(5);
    assertThat(network.parameter("layer1.weights").value().numCols).isEqualTo(4);
    assertThat(network.parameter("layer2.biases").value().numRows).isEqualTo(3);
    assertThat(network.parameter("layer1.weights").name()).isEqualTo("layer1.weights");
    // row-major draws from the layer's own weight stream
    assertThat(network.parameter("layer1.weights").value().get(1, 0))
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
    Network plain = base(null, null).build();
    Network otherBiases = base(null, "test-uniform(low=-1, high=1)").build();
    Network otherWeights = base("test-randn(std=2)", null).build();

    assertThat(otherBiases.parameter("layer1.weights").value().data).containsExactly(plain.parameter("layer1.weights").value().data);
    assertThat(otherBiases.parameter("layer2.weights").value().data).containsExactly(plain.parameter("layer2.weights").value().data);
    assertThat(otherBiases.parameter("layer1.biases").value().data).isNotEqualTo(plain.parameter("layer1.biases").value().data);
    assertThat(otherWeights.parameter("layer1.biases").value().data).containsExactly(plain.parameter("layer1.biases").value().data);
    assertThat(otherWeights.parameter("layer2.weights").value().data).containsExactly(plain.parameter("layer2.weights").value().data);
  }

  @Test
  void differentSeedsGiveDifferentWeights() {
    assertThat(base(null, null).seed(4).build().parameter("layer1.weights").value().data)
        .isNotEqualTo(base(null, null).build().parameter("layer1.weights").value().data);
  }

  @Test
  void misuseIsExplained() {
    assertThatThrownBy(() -> NetworkBuilder.using(TestNets.CATALOG).dense(3, "test-tanh").build())
        .hasMessage("call input(size) with a size >= 1 before build()");
    assertThatThrownBy(() -> NetworkBuilder.using(TestNets.CATALOG).input(2).build())
        .hasMessageContaining("add at least one layer");
    assertThatThrownBy(() -> NetworkBuilder.using(TestNets.CATALOG).input(2).dense(3, "test-tanh").build())
        .hasMessage("layer 1 dense(units=3, activation=test-tanh): needs a weight initializer: give the spec weights=... or the network one");
    assertThatThrownBy(() -> NetworkBuilder.using(TestNets.CATALOG).input(2).dense(3, "test-tahn"))
        .isInstanceOf(SpecException.class)
        .hasMessageContaining("Did you mean 'test-tanh'?");
  }

  /** A layer that needs a 5×5 window, as a convolution would, for the builder's shape errors. */
  private record FiveByFive() implements dev.nnlab.core.layer.LayerDefinition {
    @Override
    public dev.nnlab.core.layer.Shape outputShape(dev.nnlab.core.layer.Shape input) {
      if (input.height() < 5 || input.width() < 5) {
        throw new IllegalArgumentException(
            "a 5×5 kernel does not fit a " + input.height() + "×" + input.width() + " input");
      }
      return dev.nnlab.core.layer.Shape.image(input.channels(), input.height() - 4, input.width() - 4);
    }

    @Override
    public dev.nnlab.core.layer.Layer create(dev.nnlab.core.layer.LayerContext context) {
      throw new AssertionError("a layer that does not fit is never created");
    }

    @Override
    public String toString() {
      return "five(kernel=5)";
    }
  }

  @Test
  void aLayerThatDoesNotFitItsInputIsNamedInOneLine() {
    NetworkBuilder builder =
        NetworkBuilder.using(TestNets.CATALOG).input(dev.nnlab.core.layer.Shape.image(1, 3, 3))
            .layer(new FiveByFive()).weights("test-randn").biases("test-randn");
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("layer 1 five(kernel=5): a 5×5 kernel does not fit a 3×3 input");
  }

  @Test
  void layerListsSplitAtTopLevelCommasAndNameTheBadSpec() {
    Network network =
        NetworkBuilder.using(TestNets.CATALOG).input(6)
            .layers("dense(units=4, activation=test-tanh), dense(units=2)")
            .outputActivation("test-sigmoid").weights("test-randn").biases("test-randn").build();
    assertThat(network.sizes()).containsExactly(6, 4, 2);
    assertThat(network.layer(2).activation().orElseThrow().spec()).isEqualTo("test-sigmoid");
    assertThatThrownBy(() -> NetworkBuilder.using(TestNets.CATALOG).layers("dense(units=4),pool(size=2)"))
        .hasMessageStartingWith("layer 2 pool(size=2): ")
        .hasMessageContaining("dense");
    assertThatThrownBy(() -> NetworkBuilder.using(TestNets.CATALOG).layers("dense(units=4),,dense(units=2)"))
        .hasMessageContaining("an empty layer spec");
    assertThatThrownBy(
            () -> NetworkBuilder.using(TestNets.CATALOG).input(6).layers("dense(units=4)").weights("test-randn")
                .biases("test-randn").build())
        .hasMessage("layer 1 dense(units=4): needs an activation: give the spec activation=... or the network one");
  }
}
