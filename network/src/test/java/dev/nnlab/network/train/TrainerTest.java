package dev.nnlab.network.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.nnlab.core.layer.Network;
import dev.nnlab.network.RandomStreams;
import dev.nnlab.network.TestNets;
import dev.nnlab.network.cost.CrossEntropyCost;
import dev.nnlab.network.cost.QuadraticCost;
import dev.nnlab.network.data.ArrayExamples;
import dev.nnlab.network.diagnostics.NetworkDiagnostics;
import dev.nnlab.network.optim.Sgd;
import dev.nnlab.network.regularize.L2;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class TrainerTest {

  private static final int N = 37;
  private static final int BATCH = 5;

  @Test
  void batchedTrainingEqualsNielsensPerSampleLoop() {
    Network network = TestNets.network(11, "test-sigmoid", 6, 5, 4, 3);
    ArrayExamples data = TestNets.randomExamples(12, N, 6, 3);
    NielsenReference reference =
        new NielsenReference(network, NielsenReference.CostKind.QUADRATIC, 3.0, 0);

    Trainer.builder(network).engine(TrainingEngine.REFERENCE).cost(new QuadraticCost()).optimizer(new Sgd(3.0))
        .epochs(3).miniBatchSize(BATCH).seed(99).build().train(data);
    runReference(reference, data, 99, 3);

    assertMatches(network, reference, 1e-10);
  }

  @Test
  void crossEntropyWithL2FollowsNetwork2sUpdateRule() {
    Network network = TestNets.network(21, "test-sigmoid", 6, 7, 3);
    ArrayExamples data = TestNets.randomExamples(22, N, 6, 3);
    NielsenReference reference =
        new NielsenReference(network, NielsenReference.CostKind.CROSS_ENTROPY, 0.5, 5.0);

    Trainer.builder(network).engine(TrainingEngine.REFERENCE).cost(new CrossEntropyCost()).optimizer(new Sgd(0.5))
        .regularizer(new L2(5.0)).epochs(4).miniBatchSize(BATCH).seed(7).build().train(data);
    runReference(reference, data, 7, 4);

    assertMatches(network, reference, 1e-10);
  }

  private static void runReference(NielsenReference reference, ArrayExamples data, long seed, int epochs) {
    double[][] xs = new double[N][];
    double[][] ys = new double[N][];
    DMatrixRMaj x = new DMatrixRMaj(1, 1);
    DMatrixRMaj y = new DMatrixRMaj(1, 1);
    for (int i = 0; i < N; i++) {
      data.gather(new int[] {i}, 0, 1, x, y);
      xs[i] = x.data.clone();
      ys[i] = y.data.clone();
    }
    BatchOrder order = new BatchOrder(N, new RandomStreams(seed).dataOrder());
    for (int e = 0; e < epochs; e++) {
      order.shuffle();
      reference.epoch(xs, ys, order.indices(), BATCH);
    }
  }

  private static void assertMatches(Network network, NielsenReference reference, double tolerance) {
    for (int l = 0; l < network.layers().size(); l++) {
      DMatrixRMaj w = network.parameter("layer" + (l + 1) + ".weights").value();
      DMatrixRMaj b = network.parameter("layer" + (l + 1) + ".biases").value();
      for (int j = 0; j < w.numRows; j++) {
        for (int k = 0; k < w.numCols; k++) {
          assertThat(w.get(j, k)).as("layer %d w[%d][%d]", l + 1, j, k)
              .isCloseTo(reference.w[l][j][k], within(tolerance));
        }
        assertThat(b.get(j, 0)).as("layer %d b[%d]", l + 1, j)
            .isCloseTo(reference.b[l][j], within(tolerance));
      }
    }
    // the run must have moved the weights, or the comparison proves nothing
    assertThat(reference.w[0][0][0]).isNotEqualTo(0.0);
  }

  private static Network trained(long seed, double dropout) {
    Network network = TestNets.network(1, "test-sigmoid", 6, 8, 3);
    Trainer.builder(network).engine(TrainingEngine.REFERENCE).cost(new QuadraticCost()).optimizer(new Sgd(1.0))
        .epochs(2).miniBatchSize(4).dropout(dropout).seed(seed).build()
        .train(TestNets.randomExamples(2, 50, 6, 3));
    return network;
  }

  @Test
  void sameSeedGivesBitIdenticalWeights() {
    for (double dropout : new double[] {0, 0.3}) {
      Network first = trained(5, dropout);
      Network second = trained(5, dropout);
      for (int l = 0; l < 2; l++) {
        assertThat(second.parameter("layer" + (l + 1) + ".weights").value().data)
            .containsExactly(first.parameter("layer" + (l + 1) + ".weights").value().data);
        assertThat(second.parameter("layer" + (l + 1) + ".biases").value().data)
            .containsExactly(first.parameter("layer" + (l + 1) + ".biases").value().data);
      }
    }
  }

  @Test
  void differentSeedsGiveDifferentWeights() {
    assertThat(trained(6, 0).parameter("layer1.weights").value().data)
        .isNotEqualTo(trained(5, 0).parameter("layer1.weights").value().data);
    assertThat(trained(5, 0.3).parameter("layer1.weights").value().data)
        .isNotEqualTo(trained(5, 0).parameter("layer1.weights").value().data);
  }

  /** Two classes on either side of a hyperplane in 8 dimensions, with a margin. */
  private static ArrayExamples separable(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] normal = {1, -2, 0.5, 1.5, -1, 0.3, 2, -0.7};
    DMatrixRMaj x = new DMatrixRMaj(n, 8);
    int[] labels = new int[n];
    for (int i = 0; i < n; ) {
      double dot = 0;
      for (int k = 0; k < 8; k++) {
        x.set(i, k, random.nextDouble(-1, 1));
        dot += normal[k] * x.get(i, k);
      }
      if (Math.abs(dot) > 0.3) {
        labels[i++] = dot > 0 ? 1 : 0;
      }
    }
    return ArrayExamples.oneHot(x, labels, 2);
  }

  @Test
  void learnsASeparableProblem() {
    Network network = TestNets.network(3, "test-sigmoid", 8, 10, 2);
    ArrayExamples test = separable(31, 1000);
    TrainingHistory history =
        Trainer.builder(network).engine(TrainingEngine.REFERENCE).cost(new CrossEntropyCost()).optimizer(new Sgd(1.0))
            .epochs(15).miniBatchSize(10).seed(4).build()
            .train(separable(30, 2000), EvaluationSet.of("test", test));

    Evaluation last = history.last().get(0);
    assertThat(last.set()).isEqualTo("test");
    assertThat(last.accuracy()).isGreaterThanOrEqualTo(0.99);
    assertThat(history.trainingCosts().get(14)).isLessThan(history.trainingCosts().get(0));
  }

  @Test
  void nanInjectedIntoALayerStopsTrainingNamingEpochAndLayer() {
    Network network = TestNets.network(1, "test-sigmoid", 6, 8, 3);
    TrainingListener saboteur =
        new TrainingListener() {
          @Override
          public void batchEnded(BatchEvent event) {
            if (event.epoch() == 1 && event.batch() == 2) {
              event.view().network().parameter("layer2.weights").value().set(0, 0, Double.NaN);
            }
          }
        };
    Trainer trainer = Trainer.builder(network).engine(TrainingEngine.REFERENCE).cost(new QuadraticCost()).optimizer(new Sgd(1.0))
        .epochs(3).miniBatchSize(5).listener(saboteur).build();

    assertThatThrownBy(() -> trainer.train(TestNets.randomExamples(2, 40, 6, 3)))
        .isInstanceOfSatisfying(DivergenceException.class, e -> {
          assertThat(e.epoch()).isEqualTo(1);
          assertThat(e.layer()).isEqualTo(2);
        })
        .hasMessageContaining("epoch 1, mini-batch 3")
        .hasMessageContaining("layer 2 weights contain NaN");
  }

  @Test
  void explodingLearningRateIsReportedNotContinued() {
    Network network = TestNets.network(1, "test-identity", 6, 8, 3);
    Trainer trainer = Trainer.builder(network).engine(TrainingEngine.REFERENCE).cost(new QuadraticCost()).optimizer(new Sgd(1e6))
        .epochs(50).miniBatchSize(5).build();

    assertThatThrownBy(() -> trainer.train(TestNets.randomExamples(2, 40, 6, 3)))
        .isInstanceOf(DivergenceException.class)
        .hasMessageStartingWith("training diverged in epoch 0")
        .hasMessageContaining("layer ")
        .hasMessageContaining("η = 1000000.0");
  }

  @Test
  void listenersSeeEveryBatchAndEpochWithEvaluationsAndDiagnostics() {
    Network network = TestNets.network(1, "test-sigmoid", 6, 8, 3);
    ArrayExamples test = TestNets.randomExamples(9, 30, 6, 3);
    List<BatchEvent> batches = new ArrayList<>();
    List<EpochEvent> epochs = new ArrayList<>();
    List<NetworkDiagnostics> diagnostics = new ArrayList<>();
    TrainingListener listener =
        new TrainingListener() {
          @Override
          public void batchEnded(BatchEvent event) {
            batches.add(event);
            if (event.batch() == 1) {
              diagnostics.add(event.diagnostics());
            }
          }

          @Override
          public void epochEnded(EpochEvent event) {
            epochs.add(event);
          }

          @Override
          public boolean wantsUpdateRatios(int epoch, int batch) {
            return batch == 1;
          }
        };
    TrainingHistory history = Trainer.builder(network).engine(TrainingEngine.REFERENCE).cost(new QuadraticCost()).optimizer(new Sgd(1.0))
        .epochs(2).miniBatchSize(8).probeSize(20).listener(listener).build()
        .train(TestNets.randomExamples(2, 42, 6, 3), EvaluationSet.of("test", test));

    assertThat(batches).hasSize(2 * 6);
    assertThat(batches.get(5).batchSize()).isEqualTo(2);
    assertThat(batches).allSatisfy(e -> {
      assertThat(e.batches()).isEqualTo(6);
      assertThat(e.nanos()).isPositive();
      assertThat(e.cost()).isPositive();
    });
    assertThat(epochs).extracting(EpochEvent::epoch).containsExactly(0, 1);
    assertThat(epochs.get(1).evaluation("test")).contains(history.last().get(0));
    assertThat(epochs.get(1).evaluation("test").orElseThrow())
        .isEqualTo(new Evaluator(network, new QuadraticCost(), dev.nnlab.network.regularize.NoRegularizer.INSTANCE)
            .evaluate("test", test));
    assertThat(diagnostics).hasSize(2);
    assertThat(diagnostics.get(0).probeSize()).isEqualTo(20);
    assertThat(diagnostics.get(0).layer(1).updateRatio()).isPositive().isLessThan(1);
    assertThat(batches.get(2).diagnostics().layer(1).updateRatio()).isNaN();
  }

  @Test
  void refusesDataOfTheWrongShape() {
    Trainer trainer = Trainer.builder(TestNets.network(1, "test-sigmoid", 6, 3)).engine(TrainingEngine.REFERENCE)
        .cost(new QuadraticCost()).optimizer(new Sgd(1)).build();

    assertThatThrownBy(() -> trainer.train(TestNets.randomExamples(1, 10, 5, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("training set has 5 inputs and 3 outputs per example but the network maps 6 → 3");
  }
}
