package dev.nnlab.cli.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.nnlab.core.layer.Network;
import dev.nnlab.cli.NetworkOptionsFixture;
import dev.nnlab.cli.train.TrainingSetup;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SetupNetworkTest {

  @ParameterizedTest
  @ValueSource(strings = {"--init rand --bias-init rand --seed 3", "--sizes 784,20,20,10 --activation relu --init he-normal",
      "--preset network2 --seed 9"})
  void buildsTheNetworkTheInjectorBuilds(String args) {
    TrainingSetup setup = NetworkOptionsFixture.resolve(args.split(" "));

    Network direct = SetupNetwork.build(setup);
    Network injected = Guice.createInjector(setup.module(List.of())).getInstance(Network.class);

    assertThat(direct.toString()).isEqualTo(injected.toString());
    for (int l = 0; l < direct.layers().size(); l++) {
      assertThat(direct.parameter("layer" + (l + 1) + ".weights").value().data).containsExactly(injected.parameter("layer" + (l + 1) + ".weights").value().data);
      assertThat(direct.parameter("layer" + (l + 1) + ".biases").value().data).containsExactly(injected.parameter("layer" + (l + 1) + ".biases").value().data);
    }
  }
}
