package dev.nnlab.network.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.network.NetworkBuilder;
import dev.nnlab.network.TestNets;
import dev.nnlab.network.cost.CrossEntropyCost;
import dev.nnlab.network.cost.LogLikelihoodCost;
import dev.nnlab.network.data.ArrayExamples;
import dev.nnlab.network.optim.Adam;
import dev.nnlab.network.optim.Momentum;
import dev.nnlab.network.optim.Sgd;
import dev.nnlab.network.regularize.L2;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run stopped after epoch k and continued from its saved state, on a fresh network and trainer
 * and through the checkpoint file, ends with exactly the bits of a run that never stopped: the
 * same parameters (buffers included) and the same history, on every backend.
 */
class TrainerResumeTest {

  private static final int EPOCHS = 4;
  private static final Shape IMAGE = Shape.image(1, 8, 8);

  @TempDir Path directory;

  /** One configuration: how to build its network, and its trainer on that network. */
  private record Setup(String backend, Supplier<Network> network, Cost cost, Supplier<Optimizer> optimizer,
      double dropout, ArrayExamples data) {

    Trainer trainer(Network net, List<TrainingListener> listeners) {
      Trainer.Builder builder = Trainer.builder(net).cost(cost).optimizer(optimizer.get()).regularizer(new L2(0.5))
          .epochs(EPOCHS).miniBatchSize(7).dropout(dropout).seed(42);
      listeners.forEach(builder::listener);
      return builder.build();
    }
  }

  private static Setup setup(String name) {
    return switch (name) {
      // Adam (moment estimates and a step count), batch-norm buffers, a dropout layer and the trainer's dropout
      case "reference" -> new Setup("reference",
          () -> layers(Shape.flat(6), "dense(units=9),batch-norm,dropout(rate=0.25),dense(units=3)"),
          new LogLikelihoodCost(), () -> new Adam(0.01, 0.9, 0.999, 1e-8), 0.2, flat(60, 6));
      case "reference-momentum" -> new Setup("reference",
          () -> TestNets.network(3, "test-sigmoid", 6, 8, 3), new CrossEntropyCost(),
          () -> new Momentum(0.5, 0.9, true), 0.0, flat(60, 6));
      case "fast" -> new Setup("fast", () -> TestNets.network(3, "test-sigmoid", 6, 8, 3), new CrossEntropyCost(),
          () -> new Sgd(0.5), 0.0, flat(60, 6));
      case "fast-conv" -> new Setup("fast-conv",
          () -> layers(IMAGE, "conv(filters=2,kernel=3),max-pool(size=2),dense(units=3)"),
          new LogLikelihoodCost(), () -> new Sgd(0.3), 0.0, images(40));
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"reference", "reference-momentum", "fast", "fast-conv"})
  void aRunResumedAfterAnyEpochEndsWithTheUninterruptedRunsBits(String name) throws IOException {
    Setup setup = setup(name);
    Network uninterrupted = setup.network().get();
    List<Path> checkpoints = new ArrayList<>();
    List<String> backends = new ArrayList<>();
    TrainingListener saver = new TrainingListener() {
      @Override
      public void trainingStarted(BackendReport report) {
        backends.add(report.backend());
      }

      @Override
      public void epochEnded(EpochEvent event) {
        Path file = directory.resolve(name + "-" + event.epoch() + ".ckpt");
        try {
          CheckpointFile.save(new CheckpointFile.Contents(Map.of("run", name), event.view().state(), ""), file);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        checkpoints.add(file);
      }
    };
    TrainingHistory expected = setup.trainer(uninterrupted, List.of(saver)).train(setup.data(), sets(setup.data()));
    assertThat(backends).containsExactly(setup.backend());

    for (int k = 0; k < EPOCHS; k++) {
      TrainingState state = CheckpointFile.load(checkpoints.get(k)).state();
      assertThat(state.epochsDone()).isEqualTo(k + 1);
      Network resumed = setup.network().get();
      List<Integer> epochsHeard = new ArrayList<>();
      TrainingListener ears = new TrainingListener() {
        @Override
        public void epochEnded(EpochEvent event) {
          epochsHeard.add(event.epoch());
        }
      };
      TrainingHistory history =
          setup.trainer(resumed, List.of(ears)).train(setup.data(), sets(setup.data()), state);

      assertThat(history).as("history after resuming at epoch %d", k + 1).isEqualTo(expected);
      assertThat(epochsHeard).hasSize(EPOCHS - k - 1);
      for (int p = 0; p < uninterrupted.parameters().size(); p++) {
        assertThat(resumed.parameters().get(p).value().data)
            .as("%s after resuming at epoch %d", uninterrupted.parameters().get(p).name(), k + 1)
            .containsExactly(uninterrupted.parameters().get(p).value().data);
      }
    }
  }

  @Test
  void resumingWithTheOptimizerStateResetGivesOtherBits() throws IOException {
    // the equality above can fail: continuing Adam with zero moments and t = 0 changes the weights
    Setup setup = setup("reference");
    Network uninterrupted = setup.network().get();
    TrainingState[] second = new TrainingState[1];
    setup.trainer(uninterrupted, List.of(new TrainingListener() {
      @Override
      public void epochEnded(EpochEvent event) {
        if (event.epoch() == 1) {
          second[0] = event.view().state();
        }
      }
    })).train(setup.data(), sets(setup.data()));
    TrainingState s = second[0];
    ByteArrayOutputStream fresh = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(fresh)) {
      setup.optimizer().get().start(setup.network().get().trainableParameters()).save(out);
    }
    assertThat(fresh.toByteArray()).hasSameSizeAs(s.backendState()).isNotEqualTo(s.backendState());
    TrainingState reset = new TrainingState(s.epochsDone(), s.history(), s.order(), s.dataOrder(), s.dropout(),
        s.parameters(), fresh.toByteArray());

    Network resumed = setup.network().get();
    setup.trainer(resumed, List.of()).train(setup.data(), sets(setup.data()), reset);

    assertThat(resumed.parameters().get(0).value().data)
        .isNotEqualTo(uninterrupted.parameters().get(0).value().data);
  }

  @Test
  void aStateOfAnotherNetworkIsRefused() throws IOException {
    Setup small = setup("fast");
    TrainingState[] state = new TrainingState[1];
    small.trainer(small.network().get(), List.of(new TrainingListener() {
      @Override
      public void epochEnded(EpochEvent event) {
        state[0] = event.view().state();
      }
    })).train(small.data(), sets(small.data()));
    Network bigger = TestNets.network(3, "test-sigmoid", 6, 9, 3);
    assertThatThrownBy(() -> small.trainer(bigger, List.of()).train(small.data(), sets(small.data()), state[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("saved parameter 0 has 48 values, this network's 54");
  }

  private static List<EvaluationSet> sets(ArrayExamples data) {
    return List.of(EvaluationSet.of("test", data));
  }

  private static Network layers(Shape input, String layers) {
    return NetworkBuilder.using(PluginCatalog.standard()).input(input).layers(layers)
        .hiddenActivation("sigmoid").outputActivation("softmax").weights("randn").biases("randn").seed(5).build();
  }

  private static ArrayExamples flat(int n, int inputs) {
    return TestNets.randomExamples(8, n, inputs, 3);
  }

  private static ArrayExamples images(int n) {
    SplittableRandom random = new SplittableRandom(9);
    DMatrixRMaj inputs = new DMatrixRMaj(n, IMAGE.size());
    for (int i = 0; i < inputs.data.length; i++) {
      inputs.data[i] = random.nextDouble();
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = random.nextInt(3);
    }
    return ArrayExamples.oneHot(inputs, labels, 3);
  }
}
