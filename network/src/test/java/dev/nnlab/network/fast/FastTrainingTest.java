package dev.nnlab.network.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.Regularizer;
import dev.nnlab.network.FeedForwardNetwork;
import dev.nnlab.network.RandomStreams;
import dev.nnlab.network.TestNets;
import dev.nnlab.network.cost.CrossEntropyCost;
import dev.nnlab.network.cost.LogLikelihoodCost;
import dev.nnlab.network.cost.QuadraticCost;
import dev.nnlab.network.diagnostics.LayerDiagnostics;
import dev.nnlab.network.engine.DenseKernel;
import dev.nnlab.network.engine.EjmlDenseKernel;
import dev.nnlab.network.optim.Momentum;
import dev.nnlab.network.optim.Sgd;
import dev.nnlab.network.regularize.L1;
import dev.nnlab.network.regularize.L2;
import dev.nnlab.network.regularize.NoRegularizer;
import dev.nnlab.network.train.ArrayExamples;
import dev.nnlab.network.train.BatchEvent;
import dev.nnlab.network.train.BatchOrder;
import dev.nnlab.network.train.EvaluationSet;
import dev.nnlab.network.train.Trainer;
import dev.nnlab.network.train.TrainingEngine;
import dev.nnlab.network.train.TrainingHistory;
import dev.nnlab.network.train.TrainingListener;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The fast path against the reference engine, and against itself in its variants.
 *
 * <p>Tolerance for float against double, {@value #FLOAT_TOLERANCE} on every weight and bias after
 * {@value #EPOCHS} epochs of {@value #N}/{@value #BATCH} mini-batches: the fast path starts from
 * the weights rounded to float (relative error 2⁻²⁴ ≈ 6·10⁻⁸) and rounds every sum of up to 784
 * terms in float, an error of order √784·6·10⁻⁸·|terms| ≈ 2·10⁻⁶ per step in the worst inputs,
 * and these errors add up over the 60 steps without growing much (SGD at this rate is not
 * chaotic over so few steps). So differences of a few 10⁻⁵ are rounding; the observed ones are
 * about 10⁻⁵. A real defect — a skipped sample, a wrong sign, a missing decay, a wrong batch — moves
 * weights by η·|g| ≈ 10⁻² or more, and {@link #theToleranceSeparatesRoundingFromADifferentRun}
 * shows the comparison fails for a run that differs in the batch order only.
 */
class FastTrainingTest {

  static final double FLOAT_TOLERANCE = 2e-4;
  private static final int N = 200;
  private static final int BATCH = 10;
  private static final int EPOCHS = 3;
  private static final ArrayExamples DIGITS = SparseDigits.examples(3, N);
  private static final ArrayExamples TEST_DIGITS = SparseDigits.examples(4, 100);

  private static FeedForwardNetwork net(String hidden, String output, int... sizes) {
    return TestNets.network(5, hidden, output, sizes);
  }

  private static Trainer.Builder trainer(FeedForwardNetwork network, Cost cost, Regularizer regularizer) {
    return trainer(network, cost, regularizer, 3.0);
  }

  private static Trainer.Builder trainer(FeedForwardNetwork network, Cost cost, Regularizer regularizer, double eta) {
    return Trainer.builder(network).cost(cost).optimizer(new Sgd(eta)).regularizer(regularizer)
        .epochs(EPOCHS).miniBatchSize(BATCH).seed(17);
  }

  @Test
  void quadraticSigmoidMatchesTheReferenceToFloatPrecision() {
    assertFastMatchesReference("test-sigmoid", "test-sigmoid", new QuadraticCost(), NoRegularizer.INSTANCE, 784, 30, 10);
  }

  @Test
  void crossEntropyWithL2MatchesTheReferenceToFloatPrecision() {
    assertFastMatchesReference("test-sigmoid", "test-sigmoid", new CrossEntropyCost(), new L2(5.0), 784, 30, 10);
  }

  @Test
  void deepNetworksMatchTheReference() {
    // odd widths exercise the padding of every layer and the output-major copies
    assertFastMatchesReference("test-sigmoid", "test-sigmoid", new QuadraticCost(), NoRegularizer.INSTANCE, 784, 12, 9, 20, 10);
  }

  @Test
  void otherElementwiseActivationsTakeTheScalarFallbackAndMatchTheReference() {
    // a small η: with η = 3 and randn weights ReLU and tanh nets swing so hard that any rounding
    // difference (a unit crossing z = 0) grows, and the comparison would test chaos, not the code.
    // Evaluations are not compared: these nets saturate the output sigmoids, which tie at 1.0f in
    // float where double still orders them, so argmax legitimately differs.
    for (String hidden : List.of("test-tanh", "test-relu")) {
      FeedForwardNetwork fast = net(hidden, "test-sigmoid", 784, 30, 10);
      FeedForwardNetwork reference = net(hidden, "test-sigmoid", 784, 30, 10);
      trainer(fast, new QuadraticCost(), NoRegularizer.INSTANCE, 0.1).engine(TrainingEngine.AUTO).build().train(DIGITS);
      trainer(reference, new QuadraticCost(), NoRegularizer.INSTANCE, 0.1).build().train(DIGITS);
      assertThat(maxDifference(fast, reference)).as(hidden).isLessThan(FLOAT_TOLERANCE);
      assertThat(maxDifference(reference, net(hidden, "test-sigmoid", 784, 30, 10))).isGreaterThan(20 * FLOAT_TOLERANCE);
    }
  }

  private static void assertFastMatchesReference(
      String hidden, String output, Cost cost, Regularizer regularizer, int... sizes) {
    double eta = 3.0;
    FeedForwardNetwork fast = net(hidden, output, sizes);
    FeedForwardNetwork reference = net(hidden, output, sizes);
    Trainer fastTrainer = trainer(fast, cost, regularizer, eta).engine(TrainingEngine.AUTO).build();
    assertThat(fastTrainer.engineDescription()).startsWith("fast");
    TrainingHistory fastHistory = fastTrainer.train(DIGITS, EvaluationSet.of("test", TEST_DIGITS));
    TrainingHistory referenceHistory =
        trainer(reference, cost, regularizer, eta).build().train(DIGITS, EvaluationSet.of("test", TEST_DIGITS));

    assertThat(maxDifference(fast, reference)).isLessThan(FLOAT_TOLERANCE);
    assertThat(maxDifference(reference, net(hidden, output, sizes)))
        .as("training moved the weights far beyond the tolerance").isGreaterThan(100 * FLOAT_TOLERANCE);
    for (int e = 0; e < EPOCHS; e++) {
      assertThat(fastHistory.trainingCosts().get(e)).isCloseTo(referenceHistory.trainingCosts().get(e), relative(1e-4));
      var fastEval = fastHistory.evaluations().get(e).get(0);
      var referenceEval = referenceHistory.evaluations().get(e).get(0);
      assertThat(fastEval.cost()).isCloseTo(referenceEval.cost(), relative(1e-4));
      // an argmax flips only where the top two outputs are within rounding of each other
      assertThat(Math.abs(fastEval.correct() - referenceEval.correct())).isLessThanOrEqualTo(2);
    }
  }

  private static org.assertj.core.data.Percentage relative(double fraction) {
    return org.assertj.core.data.Percentage.withPercentage(100 * fraction);
  }

  /** The largest absolute difference between two networks' weights and biases. */
  static double maxDifference(FeedForwardNetwork a, FeedForwardNetwork b) {
    double max = 0;
    for (int l = 0; l < a.layers().size(); l++) {
      for (boolean weights : new boolean[] {true, false}) {
        DMatrixRMaj x = weights ? a.layer(l).weights().value() : a.layer(l).biases().value();
        DMatrixRMaj y = weights ? b.layer(l).weights().value() : b.layer(l).biases().value();
        for (int i = 0; i < x.getNumElements(); i++) {
          max = Math.max(max, Math.abs(x.data[i] - y.data[i]));
        }
      }
    }
    return max;
  }

  @Test
  void theToleranceSeparatesRoundingFromADifferentRun() {
    FeedForwardNetwork fast = net("test-sigmoid", "test-sigmoid", 784, 30, 10);
    FeedForwardNetwork reference = net("test-sigmoid", "test-sigmoid", 784, 30, 10);
    trainer(fast, new QuadraticCost(), NoRegularizer.INSTANCE).engine(TrainingEngine.AUTO).seed(18).build().train(DIGITS);
    trainer(reference, new QuadraticCost(), NoRegularizer.INSTANCE).build().train(DIGITS);
    assertThat(maxDifference(fast, reference)).isGreaterThan(10 * FLOAT_TOLERANCE);
  }

  @Test
  void listenersSeeTheCurrentNetworkGradientsAndUpdateRatios() {
    List<LayerDiagnostics> seen = new ArrayList<>();
    List<LayerDiagnostics> expected = new ArrayList<>();
    for (TrainingEngine engine : TrainingEngine.values()) {
      List<LayerDiagnostics> into = engine == TrainingEngine.AUTO ? seen : expected;
      FeedForwardNetwork network = net("test-sigmoid", "test-sigmoid", 784, 30, 10);
      trainer(network, new QuadraticCost(), new L2(5.0)).engine(engine).epochs(1)
          .listener(new TrainingListener() {
            @Override
            public void batchEnded(BatchEvent event) {
              if (event.batch() == 7) {
                into.addAll(event.diagnostics().layers());
              }
            }

            @Override
            public boolean wantsUpdateRatios(int epoch, int batch) {
              return batch == 7;
            }
          })
          .build().train(DIGITS);
    }
    assertThat(seen).hasSize(2);
    for (int l = 0; l < 2; l++) {
      LayerDiagnostics fast = seen.get(l);
      LayerDiagnostics reference = expected.get(l);
      assertThat(fast.weightGradientNorm()).isCloseTo(reference.weightGradientNorm(), relative(1e-3));
      assertThat(fast.biasGradientNorm()).isCloseTo(reference.biasGradientNorm(), relative(1e-3));
      assertThat(fast.updateRatio()).isCloseTo(reference.updateRatio(), relative(1e-3));
      assertThat(fast.weightNorm()).isCloseTo(reference.weightNorm(), relative(1e-5));
    }
  }

  @Test
  void sparseAndDenseFirstLayersGiveBitIdenticalWeights() {
    for (FastOptions.Kernels kernels : List.of(FastOptions.Kernels.SCALAR, FastOptions.Kernels.VECTOR)) {
      FastOptions options = FastOptions.defaults().withKernels(kernels);
      FeedForwardNetwork sparse = trainDirectly(options.withSparseThreshold(1.0), DIGITS, true);
      FeedForwardNetwork dense = trainDirectly(options.withSparseThreshold(0.0), DIGITS, false);
      for (int l = 0; l < 2; l++) {
        assertThat(sparse.layer(l).weights().value().data).as(kernels + " layer " + l)
            .containsExactly(dense.layer(l).weights().value().data);
        assertThat(sparse.layer(l).biases().value().data).containsExactly(dense.layer(l).biases().value().data);
      }
    }
  }

  @Test
  void denseInputsTakeTheDensePathByDefault() {
    ArrayExamples dense = SparseDigits.densified(DIGITS);
    try (FastTraining fast = start(FastOptions.defaults(), dense, BATCH)) {
      assertThat(fast.sparseInputs()).isFalse();
      assertThat(fast.description()).contains("dense inputs (density 1.000)");
    }
    try (FastTraining fast = start(FastOptions.defaults(), DIGITS, BATCH)) {
      assertThat(fast.sparseInputs()).isTrue();
    }
  }

  @Test
  void scalarAndVectorArithmeticAgreeToFloatPrecision() {
    FeedForwardNetwork scalar = trainDirectly(FastOptions.defaults().withKernels(FastOptions.Kernels.SCALAR), DIGITS, true);
    FeedForwardNetwork vector = trainDirectly(FastOptions.defaults().withKernels(FastOptions.Kernels.VECTOR), DIGITS, true);
    assertThat(maxDifference(scalar, vector)).isLessThan(FLOAT_TOLERANCE).isGreaterThan(0);
  }

  @Test
  void twoThreadsGiveBitIdenticalWeightsToOne() {
    for (FastOptions.Kernels kernels : List.of(FastOptions.Kernels.SCALAR, FastOptions.Kernels.VECTOR)) {
      FastOptions options = FastOptions.defaults().withKernels(kernels);
      FeedForwardNetwork one = train(options.withThreads(1), 100);
      FeedForwardNetwork two = train(options.withThreads(2), 100);
      assertThat(maxDifference(one, two)).as(kernels.toString()).isZero();
    }
  }

  @Test
  void bigMiniBatchesUseEveryCoreByDefault() {
    // [784,100,10] has 110 units: 100 examples are 11,000 units of work, above FastOptions.PARALLEL_WORK;
    // [784,30,10]'s 40 units are 4,000, below it
    try (FastTraining fast = FastTraining.start(
        net("test-sigmoid", "test-sigmoid", 784, 100, 10), new QuadraticCost(), new Sgd(3.0),
        NoRegularizer.INSTANCE, DIGITS, 100, FastOptions.defaults())) {
      assertThat(fast.threads()).isEqualTo(Math.min(FastOptions.MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }
    try (FastTraining fast = start(FastOptions.defaults(), DIGITS, 100)) {
      assertThat(fast.threads()).isEqualTo(1);
    }
    try (FastTraining fast = start(FastOptions.defaults(), DIGITS, 10)) {
      assertThat(fast.threads()).isEqualTo(1);
    }
  }

  private static FeedForwardNetwork train(FastOptions options, int batch) {
    FeedForwardNetwork network = net("test-sigmoid", "test-sigmoid", 784, 30, 10);
    trainer(network, new CrossEntropyCost(), new L2(1.0)).miniBatchSize(batch).engine(TrainingEngine.AUTO)
        .fastOptions(options).build().train(DIGITS);
    return network;
  }

  private static FastTraining start(FastOptions options, ArrayExamples data, int batch) {
    return FastTraining.start(
        net("test-sigmoid", "test-sigmoid", 784, 30, 10), new QuadraticCost(), new Sgd(3.0), NoRegularizer.INSTANCE,
        data, batch, options);
  }

  /** Two epochs through the public API, as the trainer drives it. */
  private static FeedForwardNetwork trainDirectly(FastOptions options, ArrayExamples data, boolean expectSparse) {
    FeedForwardNetwork network = net("test-sigmoid", "test-sigmoid", 784, 30, 10);
    BatchOrder order = new BatchOrder(data.size(), new RandomStreams(3).dataOrder());
    try (FastTraining fast =
        FastTraining.start(network, new QuadraticCost(), new Sgd(3.0), new L2(2.0), data, BATCH, options)) {
      assertThat(fast.sparseInputs()).isEqualTo(expectSparse);
      for (int epoch = 0; epoch < 2; epoch++) {
        order.shuffle();
        for (int from = 0; from < data.size(); from += BATCH) {
          fast.forwardBackward(order.indices(), from, Math.min(BATCH, data.size() - from));
          fast.update();
        }
      }
      fast.storeInto(network);
    }
    return network;
  }

  @Test
  void unsupportedConfigurationsFallBackToTheReferenceWithTheReason() {
    FeedForwardNetwork sigmoid = net("test-sigmoid", "test-sigmoid", 6, 5, 3);
    FeedForwardNetwork softmax = net("test-sigmoid", "test-softmax", 6, 5, 3);
    assertThat(reason(softmax, new LogLikelihoodCost(), new Sgd(1), NoRegularizer.INSTANCE, 0, EjmlDenseKernel.INSTANCE))
        .contains("layer 2's activation test-softmax is not element-wise");
    assertThat(reason(sigmoid, new QuadraticCost(), new Momentum(1, 0.9, false), NoRegularizer.INSTANCE, 0, EjmlDenseKernel.INSTANCE))
        .contains("is not plain SGD");
    assertThat(reason(sigmoid, new QuadraticCost(), new Sgd(1), new L1(1), 0, EjmlDenseKernel.INSTANCE))
        .contains("neither none nor L2");
    assertThat(reason(sigmoid, new QuadraticCost(), new Sgd(1), NoRegularizer.INSTANCE, 0.5, EjmlDenseKernel.INSTANCE))
        .contains("dropout is on (rate 0.5)");
    assertThat(reason(net("test-sigmoid", "test-tanh", 6, 5, 3), new CrossEntropyCost(), new Sgd(1), NoRegularizer.INSTANCE, 0, EjmlDenseKernel.INSTANCE))
        .contains("neither quadratic nor the canonical link");
    DenseKernel custom = new DenseKernel() {
      @Override
      public void forward(DMatrixRMaj x, DMatrixRMaj w, DMatrixRMaj b, DMatrixRMaj z) {
        EjmlDenseKernel.INSTANCE.forward(x, w, b, z);
      }

      @Override
      public void gradients(DMatrixRMaj d, DMatrixRMaj x, double s, DMatrixRMaj gw, DMatrixRMaj gb) {
        EjmlDenseKernel.INSTANCE.gradients(d, x, s, gw, gb);
      }

      @Override
      public void backpropagate(DMatrixRMaj d, DMatrixRMaj w, DMatrixRMaj gx) {
        EjmlDenseKernel.INSTANCE.backpropagate(d, w, gx);
      }
    };
    assertThat(reason(sigmoid, new QuadraticCost(), new Sgd(1), NoRegularizer.INSTANCE, 0, custom))
        .contains("a dense kernel was given");
    assertThat(Trainer.builder(sigmoid).cost(new QuadraticCost()).optimizer(new Sgd(1)).build().engineDescription())
        .isEqualTo("reference double-precision engine (the reference engine was chosen)");
    assertThatThrownBy(() -> FastTraining.start(softmax, new LogLikelihoodCost(), new Sgd(1), NoRegularizer.INSTANCE,
            TestNets.randomExamples(1, 10, 6, 3), 5, FastOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the fast path cannot train this configuration: layer 2's activation");
  }

  private static String reason(
      FeedForwardNetwork network, Cost cost, Optimizer optimizer, Regularizer regularizer, double dropout, DenseKernel kernel) {
    Trainer trainer = Trainer.builder(network).cost(cost).optimizer(optimizer).regularizer(regularizer)
        .dropout(dropout).kernel(kernel).engine(TrainingEngine.AUTO).build();
    assertThat(trainer.engineDescription()).startsWith("reference double-precision engine (");
    return trainer.fastPathUnavailable().orElseThrow();
  }
}
