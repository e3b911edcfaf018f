package dev.nnlab.network.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.plugin.SpecException;
import dev.nnlab.Nnlab;
import dev.nnlab.network.TestNets;
import dev.nnlab.network.data.ArrayExamples;
import dev.nnlab.network.optim.Sgd;
import dev.nnlab.network.regularize.L2;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trainer builder takes plugin names or objects alike, lambdas as listeners, and says what is missing. */
class TrainerBuilderTest {

  private static final ArrayExamples DATA = TestNets.randomExamples(3, 40, 4, 3);

  private static TrainingHistory train(Trainer trainer) {
    return trainer.train(DATA, EvaluationSet.of("train", DATA));
  }

  @Test
  void namesAndObjectsGiveTheSameRunBitForBit() {
    Trainer named = Trainer.builder(TestNets.network(1, "test-sigmoid", 4, 5, 3)).cost("quadratic")
        .optimizer("sgd(eta=0.5)").regularizer("l2(lambda=0.1)").epochs(2).miniBatchSize(4).seed(7).build();
    Trainer objects = Trainer.builder(TestNets.network(1, "test-sigmoid", 4, 5, 3))
        .cost(TestNets.CATALOG.cost("quadratic").value()).optimizer(new Sgd(0.5)).regularizer(new L2(0.1))
        .epochs(2).miniBatchSize(4).seed(7).build();
    assertThat(train(named).trainingCosts()).isEqualTo(train(objects).trainingCosts());
    assertThat(named.network().parameter("layer1.weights").value().data)
        .containsExactly(objects.network().parameter("layer1.weights").value().data);
  }

  @Test
  void aBadSpecFailsAtTheCallWithTheCommandLinesMessage() {
    Trainer.Builder builder = Nnlab.standard().trainer(TestNets.network(1, "test-sigmoid", 4, 3));
    assertThatThrownBy(() -> builder.cost("quadratik")).isInstanceOf(SpecException.class)
        .hasMessageContaining("unknown cost 'quadratik'. Did you mean 'quadratic'?");
    assertThatThrownBy(() -> builder.optimizer("sgd(eta=-3)")).isInstanceOf(SpecException.class)
        .hasMessageContaining("eta");
  }

  @Test
  void aMissingCostOrOptimizerIsNamedWithWhatToCall() {
    assertThatThrownBy(() -> Trainer.builder(TestNets.network(1, "test-sigmoid", 4, 3)).optimizer("sgd").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the trainer needs a cost: call cost(\"quadratic\") (a spec, as the command line takes) or pass the object");
    assertThatThrownBy(() -> Trainer.builder(TestNets.network(1, "test-sigmoid", 4, 3)).cost("quadratic").build())
        .hasMessageStartingWith("the trainer needs an optimizer: call optimizer(\"sgd(eta=3)\")");
  }

  @Test
  void lambdasListenToEpochsAndBatches() {
    List<Integer> epochs = new ArrayList<>();
    int[] batches = {0};
    Trainer trainer = Trainer.builder(TestNets.network(1, "test-sigmoid", 4, 3)).cost("quadratic").optimizer("sgd")
        .epochs(3).miniBatchSize(10).onEpoch(event -> epochs.add(event.epoch())).onBatch(event -> batches[0]++)
        .listener(TrainingListener.onEpoch(event -> epochs.add(100 + event.epoch()))).build();
    train(trainer);
    assertThat(epochs).containsExactly(0, 100, 1, 101, 2, 102);
    assertThat(batches[0]).isEqualTo(3 * 4);
  }

  @Test
  void theDefaultEngineIsNotCalledAChoiceAndTheReferenceOnlyWhenChosen() {
    Network network = TestNets.network(3, "test-sigmoid", 4, 5, 3);
    assertThat(Trainer.builder(network).cost("quadratic").optimizer("sgd(eta=3)").seed(3).build().engineDescription())
        .doesNotContain("chosen");
    assertThat(Trainer.builder(network).cost("quadratic").optimizer("sgd").engine(TrainingEngine.REFERENCE)
        .build().engineDescription()).endsWith("(chosen)");
  }
}
