package dev.nnlab.examples.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import dev.nnlab.examples.cli.NetworkOptionsFixture;
import dev.nnlab.examples.train.TrainingSetup;
import dev.nnlab.network.FeedForwardNetwork;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SetupNetworkTest {

  @ParameterizedTest
  @ValueSource(strings = {"--init rand --bias-init rand --seed 3", "--sizes 784,20,20,10 --activation relu --init he-normal",
      "--preset network2 --seed 9"})
  void buildsTheNetworkTheInjectorBuilds(String args) {
    TrainingSetup setup = NetworkOptionsFixture.resolve(args.split(" "));

    FeedForwardNetwork direct = SetupNetwork.build(setup);
    FeedForwardNetwork injected = Guice.createInjector(setup.module(List.of())).getInstance(FeedForwardNetwork.class);

    assertThat(direct.toString()).isEqualTo(injected.toString());
    for (int l = 0; l < direct.layers().size(); l++) {
      assertThat(direct.layer(l).weights().value().data).containsExactly(injected.layer(l).weights().value().data);
      assertThat(direct.layer(l).biases().value().data).containsExactly(injected.layer(l).biases().value().data);
    }
  }
}
