package dev.nnlab.network.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.ParameterInitializers;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.plugin.Configured;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.network.data.ArrayExamples;
import dev.nnlab.network.cost.CrossEntropyCost;
import dev.nnlab.network.cost.QuadraticCost;
import dev.nnlab.network.optim.Sgd;
import dev.nnlab.network.train.EpochEvent;
import dev.nnlab.network.train.Trainer;
import dev.nnlab.network.train.TrainingEngine;
import dev.nnlab.network.train.TrainingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class NetworkModuleTest {

  private static final PluginCatalog CATALOG = PluginCatalog.standard();

  private static final NetworkSpecification SPEC =
      NetworkSpecification.builder().sizes(6, 5, 3).hiddenActivation("tanh").outputActivation("sigmoid")
          .weights("randn").biases("normal(std=0.1)").cost("quadratic").optimizer("sgd(eta=3)")
          .regularizer("none").dropout(0).epochs(2).miniBatchSize(4).seed(42).build();

  @Test
  void assemblesTheSpecifiedNetworkAndTrainer() {
    Trainer trainer = Guice.createInjector(new NetworkModule(SPEC)).getInstance(Trainer.class);

    assertThat(trainer.network().sizes()).containsExactly(6, 5, 3);
    assertThat(trainer.network().layer(1).activation().orElseThrow().spec()).isEqualTo("tanh");
    assertThat(trainer.network().layer(2).activation().orElseThrow().spec()).isEqualTo("sigmoid");
    assertThat(trainer.network().layer(2).capability(ParameterInitializers.class).orElseThrow().biases().spec()).isEqualTo("normal(mean=0, std=0.1)");
    assertThat(trainer.cost()).isInstanceOf(QuadraticCost.class);
    assertThat(trainer.optimizer()).isEqualTo(new Sgd(3));
    assertThat(trainer.epochs()).isEqualTo(2);
    assertThat(trainer.miniBatchSize()).isEqualTo(4);
  }

  @Test
  void theSameSpecificationGivesTheSameWeights() {
    Network first = Guice.createInjector(new NetworkModule(SPEC)).getInstance(Network.class);
    Network second = Guice.createInjector(new NetworkModule(SPEC)).getInstance(Network.class);
    assertThat(second.parameter("layer1.weights").value().data).containsExactly(first.parameter("layer1.weights").value().data);
  }

  @Test
  void overridingTheCostChangesNothingElse() {
    Injector injector =
        Guice.createInjector(
            Modules.override(new NetworkModule(SPEC))
                .with(binder -> binder.bind(new TypeLiteral<Configured<Cost>>() {})
                    .toInstance(CATALOG.cost("cross-entropy"))));
    Trainer trainer = injector.getInstance(Trainer.class);
    Network plain = Guice.createInjector(new NetworkModule(SPEC)).getInstance(Network.class);

    assertThat(trainer.cost()).isInstanceOf(CrossEntropyCost.class);
    assertThat(trainer.optimizer()).isEqualTo(new Sgd(3));
    assertThat(trainer.network().parameter("layer1.weights").value().data)
        .containsExactly(plain.parameter("layer1.weights").value().data);
  }

  @Test
  void overridingTheWeightInitializerLeavesTheBiasDrawsAlone() {
    Injector injector =
        Guice.createInjector(
            Modules.override(new NetworkModule(SPEC))
                .with(binder -> binder.bind(Key.get(new TypeLiteral<Configured<Initializer>>() {}, Names.named("weights")))
                    .toInstance(CATALOG.initializer("constant(value=0.5)"))));
    Network overridden = injector.getInstance(Network.class);
    Network plain = Guice.createInjector(new NetworkModule(SPEC)).getInstance(Network.class);

    assertThat(overridden.parameter("layer2.weights").value().data).containsOnly(0.5);
    for (int l = 0; l < 2; l++) {
      assertThat(overridden.parameter("layer" + (l + 1) + ".biases").value().data)
          .containsExactly(plain.parameter("layer" + (l + 1) + ".biases").value().data);
    }
  }

  @Test
  void listenersBoundInAnotherModuleAreAttached() {
    List<EpochEvent> seen = new ArrayList<>();
    TrainingListener listener =
        new TrainingListener() {
          @Override
          public void epochEnded(EpochEvent event) {
            seen.add(event);
          }
        };
    Trainer trainer =
        Guice.createInjector(
                new NetworkModule(SPEC),
                binder -> Multibinder.newSetBinder(binder, TrainingListener.class).addBinding().toInstance(listener))
            .getInstance(Trainer.class);
    // what is learnt does not matter here, only that each epoch is told: 20 blank inputs, 3 labels
    trainer.train(ArrayExamples.oneHot(new DMatrixRMaj(20, 6), IntStream.range(0, 20).map(i -> i % 3).toArray(), 3));

    assertThat(seen).hasSize(2);
  }

  @Test
  void aBadSpecificationIsRefusedClearly() {
    assertThatThrownBy(
            () -> NetworkSpecification.builder().sizes(6).hiddenActivation("a").outputActivation("b").weights("c")
                .biases("d").cost("e").optimizer("f").regularizer("g").epochs(1).miniBatchSize(1).build())
        .hasMessageContaining("sizes must list the input size and at least one layer size");
    NetworkSpecification unknownCost =
        NetworkSpecification.builder().sizes(2, 2).hiddenActivation("tanh").outputActivation("tanh")
            .weights("randn").biases("randn").cost("quadratik").optimizer("sgd").epochs(1)
            .miniBatchSize(1).build();
    assertThatThrownBy(() -> Guice.createInjector(new NetworkModule(unknownCost)).getInstance(Trainer.class))
        .hasMessageContaining("unknown cost 'quadratik'. Did you mean 'quadratic'?");
  }

  @Test
  void nielsensChapterOneIsSpelledOut() {
    NetworkSpecification spec = NetworkSpecification.nielsenChapter1(1);
    assertThat(spec.sizes()).containsExactly(784, 30, 10);
    assertThat(spec.optimizer()).isEqualTo("sgd(eta=3)");
    assertThat(spec.miniBatchSize()).isEqualTo(10);
    assertThat(spec.epochs()).isEqualTo(30);
  }

  @Test
  void theDefaultEngineIsTheSameAsTheTrainerBuildersAndIsNotCalledAChoice() {
    Trainer guiced = Guice.createInjector(new NetworkModule(SPEC)).getInstance(Trainer.class);
    Trainer built = Trainer.builder(guiced.network()).cost("quadratic").optimizer("sgd(eta=3)").seed(42).build();
    assertThat(guiced.engineDescription()).isEqualTo(built.engineDescription()).doesNotContain("chosen");
    assertThat(Trainer.builder(guiced.network()).cost("quadratic").optimizer("sgd").engine(TrainingEngine.REFERENCE)
        .build().engineDescription()).endsWith("(chosen)");
  }
}
