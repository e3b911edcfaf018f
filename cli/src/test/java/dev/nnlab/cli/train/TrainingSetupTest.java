package dev.nnlab.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.ParameterInitializers;
import dev.nnlab.cli.NetworkOptionsFixture;
import dev.nnlab.network.data.SampleExamples;
import dev.nnlab.network.train.EpochEvent;
import dev.nnlab.network.train.Trainer;
import dev.nnlab.network.train.TrainingListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingSetupTest {

  private static Network network(String... args) {
    return Guice.createInjector(NetworkOptionsFixture.resolve(args).module(List.of()))
        .getInstance(Network.class);
  }

  @Test
  void theModuleBuildsTheNetworkTheSetupDescribes() {
    Network network = network("--sizes", "784,40,20,10", "--activation", "tanh", "--init", "he-normal");

    assertThat(network.sizes()).containsExactly(784, 40, 20, 10);
    assertThat(network.layer(1).activation().orElseThrow().plugin().name()).isEqualTo("tanh");
    assertThat(network.layer(2).activation().orElseThrow().plugin().name()).isEqualTo("tanh");
    assertThat(network.layer(3).activation().orElseThrow().plugin().name()).isEqualTo("sigmoid");
    assertThat(network.layer(1).capability(ParameterInitializers.class).orElseThrow().weights().plugin().name()).isEqualTo("he-normal");
  }

  @Test
  void theSeedFixesTheWeights() {
    double[] a = network("--seed", "4").parameter("layer1.weights").value().data;
    double[] b = network("--seed", "4").parameter("layer1.weights").value().data;
    double[] c = network("--seed", "5").parameter("layer1.weights").value().data;

    assertThat(b).containsExactly(a);
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void theGivenListenersHearTheTrainer() {
    List<Integer> epochs = new ArrayList<>();
    TrainingListener listener = new TrainingListener() {
      @Override
      public void epochEnded(EpochEvent event) {
        epochs.add(event.epoch());
      }
    };
    Injector injector = Guice.createInjector(
        NetworkOptionsFixture.resolve("--epochs", "2").module(List.of(listener)));

    injector.getInstance(Trainer.class).train(new SampleExamples(SyntheticDigits.samples(50, 1)));

    assertThat(epochs).containsExactly(0, 1);
  }

  @Test
  void describesItselfOnOneLine() {
    assertThat(NetworkOptionsFixture.resolve("--preset", "network2").toString())
        .startsWith("[784, 30, 10] sigmoid/sigmoid, cost cross-entropy, sgd(eta=0.5), regularizer l2(lambda=5.0)")
        .endsWith("mini-batch 10, epochs 30, seed 1")
        .doesNotContain("\n");
  }

  @Test
  void aLayerNetIsDescribedLayerByLayerWithShapes() {
    List<String> lines = NetworkOptionsFixture.resolve("--preset", "network3-conv").toString().lines().toList();

    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).isEqualTo("input 1×28×28, 4 layers:");
    assertThat(lines.get(1)).startsWith("    layer 1  conv(filters=20, kernel=5").endsWith("-> 20×24×24, sigmoid");
    assertThat(lines.get(2)).startsWith("    layer 2  max-pool(size=2").endsWith("-> 20×12×12");
    assertThat(lines.get(3)).startsWith("    layer 3  dense(units=100").endsWith("-> 100, sigmoid");
    assertThat(lines.get(4)).startsWith("    layer 4  dense(units=10").endsWith("-> 10, softmax");
    assertThat(lines.get(5)).startsWith("  cost log-likelihood, sgd(eta=0.1)").endsWith("epochs 60, seed 1");
  }
}
