package dev.nnlab.network.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.network.NetworkBuilder;
import dev.nnlab.network.TestNets;
import dev.nnlab.network.optim.Sgd;
import dev.nnlab.network.train.Trainer;
import org.junit.jupiter.api.Test;

class OutputDomainTest {

  private static final PluginCatalog CATALOG = PluginCatalog.standard();

  private static Network net(String output) {
    return NetworkBuilder.using(CATALOG).input(4).weights("randn").biases("randn").seed(1)
        .dense(5, "sigmoid").dense(3, output).build();
  }

  @Test
  void crossEntropyOnAnUnboundedOutputIsRefusedBeforeTrainingNotReportedAsDivergence() {
    for (String output : new String[] {"identity", "relu", "tanh"}) {
      Trainer trainer = Trainer.builder(net(output)).cost(new CrossEntropyCost()).optimizer(new Sgd(0.5)).epochs(1)
          .build();
      assertThatThrownBy(() -> trainer.train(TestNets.randomExamples(1, 20, 4, 3)))
          .as(output)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("the cross-entropy cost is defined for outputs in [0.0, 1.0], but the output"
              + " activation " + output + " gives values in ")
          .hasMessageContaining("such as sigmoid or softmax")
          .hasMessageNotContaining("learning rate");
    }
  }

  @Test
  void boundedOutputsAndCostsDefinedEverywherePass() {
    assertThat(OutputDomain.mismatch(new CrossEntropyCost(), CATALOG.activation("sigmoid").value(), "sigmoid"))
        .isEmpty();
    assertThat(OutputDomain.mismatch(new CrossEntropyCost(), CATALOG.activation("softmax").value(), "softmax"))
        .isEmpty();
    assertThat(OutputDomain.mismatch(new LogLikelihoodCost(), CATALOG.activation("relu").value(), "relu")).isEmpty();
    assertThat(OutputDomain.mismatch(new LogLikelihoodCost(), CATALOG.activation("identity").value(), "identity"))
        .isPresent();
    assertThat(OutputDomain.mismatch(new QuadraticCost(), CATALOG.activation("identity").value(), "identity"))
        .isEmpty();
  }
}
