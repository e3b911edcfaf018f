package dev.nnlab.network.fast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.Regularizer;
import dev.nnlab.network.RandomStreams;
import dev.nnlab.network.TestNets;
import dev.nnlab.network.cost.CrossEntropyCost;
import dev.nnlab.network.cost.LogLikelihoodCost;
import dev.nnlab.network.cost.QuadraticCost;
import dev.nnlab.network.data.ArrayExamples;
import dev.nnlab.network.diagnostics.LayerDiagnostics;
import dev.nnlab.network.optim.Momentum;
import dev.nnlab.network.optim.Sgd;
import dev.nnlab.network.regularize.L1;
import dev.nnlab.network.regularize.L2;
import dev.nnlab.network.regularize.NoRegularizer;
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

  private static Network net(String hidden, String output, int... sizes) {
    return TestNets.network(5, hidden, output, sizes);
  }

  private static Trainer.Builder trainer(Network network, Cost cost, Regularizer regularizer) {
    return trainer(network, cost, regularizer, 3.0);
  }

  private static Trainer.Builder trainer(Network network, Cost cost, Regularizer regularizer, double eta) {
    return Trainer.builder(network).engine(TrainingEngine.REFERENCE).cost(cost).optimizer(new Sgd(eta))
        .regularizer(regularizer).epochs(EPOCHS).miniBatchSize(BATCH).seed(17);
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
  void softmaxWithLogLikelihoodMatchesTheReference() {
    // network3.py's output: the log-likelihood's canonical link, so δ = a − y without a softmax backward
    assertFastMatchesReference("test-sigmoid", "test-softmax", new LogLikelihoodCost(), NoRegularizer.INSTANCE, 784, 30, 10);
    assertFastMatchesReference("test-sigmoid", "test-softmax", new LogLikelihoodCost(), new L2(5.0), 784, 12, 9, 10);
  }

  @Test
  void otherElementwiseActivationsTakeTheScalarFallbackAndMatchTheReference() {
    // a small η: with η = 3 and randn weights ReLU and tanh nets swing so hard that any rounding
    // difference (a unit crossing z = 0) grows, and the comparison would test chaos, not the code.
    // Evaluations are not compared: these nets saturate the output sigmoids, which tie at 1.0f in
    // float where double still orders them, so argmax legitimately differs.
    for (String hidden : List.of("test-tanh", "test-relu")) {
      Network fast = net(hidden, "test-sigmoid", 784, 30, 10);
      Network reference = net(hidden, "test-sigmoid", 784, 30, 10);
      trainer(fast, new QuadraticCost(), NoRegularizer.INSTANCE, 0.1).engine(TrainingEngine.AUTO).build().train(DIGITS);
      trainer(reference, new QuadraticCost(), NoRegularizer.INSTANCE, 0.1).build().train(DIGITS);
      assertThat(maxDifference(fast, reference)).as(hidden).isLessThan(FLOAT_TOLERANCE);
      assertThat(maxDifference(reference, net(hidden, "test-sigmoid", 784, 30, 10))).isGreaterThan(20 * FLOAT_TOLERANCE);
    }
  }

  private static void assertFastMatchesReference(
      String hidden, String output, Cost cost, Regularizer regularizer, int... sizes) {
    double eta = 3.0;
    Network fast = net(hidden, output, sizes);
    Network reference = net(hidden, output, sizes);
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
  static double maxDifference(Network a, Network b) {
    double max = 0;
    for (int l = 0; l < a.layers().size(); l++) {
      for (boolean weights : new boolean[] {true, false}) {
        DMatrixRMaj x = weights ? a.parameter("layer" + (l + 1) + ".weights").value() : a.parameter("layer" + (l + 1) + ".biases").value();
        DMatrixRMaj y = weights ? b.parameter("layer" + (l + 1) + ".weights").value() : b.parameter("layer" + (l + 1) + ".biases").value();
        for (int i = 0; i < x.getNumElements(); i++) {
          max = Math.max(max, Math.abs(x.data[i] - y.data[i]));
        }
      }
    }
    return max;
  }

  @Test
  void theToleranceSeparatesRoundingFromADifferentRun() {
    Network fast = net("test-sigmoid", "test-sigmoid", 784, 30, 10);
    Network reference = net("test-sigmoid", "test-sigmoid", 784, 30, 10);
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
      Network network = net("test-sigmoid", "test-sigmoid", 784, 30, 10);
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
  void gradientsAreComputedOnlyWhenAListenerAsksForThem() {
    // the fast path's update never forms a gradient matrix; computing one per epoch for nobody
    // cost a C2 compilation and a pass over every weight inside the timed epochs
    Network network = net("test-sigmoid", "test-sigmoid", 784, 30, 10);
    List<Double> costs = new ArrayList<>();
    trainer(network, new QuadraticCost(), new L2(5.0)).engine(TrainingEngine.AUTO).epochs(2)
        .listener(new TrainingListener() {
          @Override
          public void epochEnded(dev.nnlab.network.train.EpochEvent event) {
            costs.add(event.trainingCost());
          }
        })
        .build().train(DIGITS);
    assertThat(costs).hasSize(2);
    for (var p : network.parameters()) {
      assertThat(p.gradient().data).as(p.toString()).containsOnly(0.0);
      assertThat(p.value().data).as(p.toString()).isNotEqualTo(new double[p.size()]);
    }
  }

  @Test
  void sparseAndDenseFirstLayersGiveBitIdenticalWeights() {
    for (FastOptions.Kernels kernels : List.of(FastOptions.Kernels.SCALAR, FastOptions.Kernels.VECTOR)) {
      FastOptions options = FastOptions.defaults().withKernels(kernels);
      Network sparse = trainDirectly(options.withSparseThreshold(1.0), DIGITS, true);
      Network dense = trainDirectly(options.withSparseThreshold(0.0), DIGITS, false);
      for (int l = 0; l < 2; l++) {
        assertThat(sparse.parameter("layer" + (l + 1) + ".weights").value().data).as(kernels + " layer " + l)
            .containsExactly(dense.parameter("layer" + (l + 1) + ".weights").value().data);
        assertThat(sparse.parameter("layer" + (l + 1) + ".biases").value().data).containsExactly(dense.parameter("layer" + (l + 1) + ".biases").value().data);
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
    Network scalar = trainDirectly(FastOptions.defaults().withKernels(FastOptions.Kernels.SCALAR), DIGITS, true);
    Network vector = trainDirectly(FastOptions.defaults().withKernels(FastOptions.Kernels.VECTOR), DIGITS, true);
    assertThat(maxDifference(scalar, vector)).isLessThan(FLOAT_TOLERANCE).isGreaterThan(0);
  }

  @Test
  void twoThreadsGiveBitIdenticalWeightsToOne() {
    for (FastOptions.Kernels kernels : List.of(FastOptions.Kernels.SCALAR, FastOptions.Kernels.VECTOR)) {
      FastOptions options = FastOptions.defaults().withKernels(kernels);
      Network one = train(options.withThreads(1), 100);
      Network two = train(options.withThreads(2), 100);
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

  private static Network train(FastOptions options, int batch) {
    Network network = net("test-sigmoid", "test-sigmoid", 784, 30, 10);
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
  private static Network trainDirectly(FastOptions options, ArrayExamples data, boolean expectSparse) {
    Network network = net("test-sigmoid", "test-sigmoid", 784, 30, 10);
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
    Network sigmoid = net("test-sigmoid", "test-sigmoid", 6, 5, 3);
    Network softmax = net("test-sigmoid", "test-softmax", 6, 5, 3);
    assertThat(reason(softmax, new QuadraticCost(), new Sgd(1), NoRegularizer.INSTANCE, 0))
        .contains("layer 2's activation test-softmax is not element-wise nor the cost quadratic's canonical link");
    assertThat(reason(net("test-softmax", "test-softmax", 6, 5, 3), new LogLikelihoodCost(), new Sgd(1),
            NoRegularizer.INSTANCE, 0))
        .contains("layer 1's activation test-softmax is not element-wise")
        .doesNotContain("canonical");
    assertThat(reason(sigmoid, new QuadraticCost(), new Momentum(1, 0.9, false), NoRegularizer.INSTANCE, 0))
        .contains("declares no plain gradient step");
    assertThat(reason(sigmoid, new QuadraticCost(), new Sgd(1), new L1(1), 0))
        .contains("declares no L2 weight decay");
    assertThat(reason(sigmoid, new QuadraticCost(), new Sgd(1), NoRegularizer.INSTANCE, 0.5))
        .contains("dropout is on (rate 0.5)");
    assertThat(reason(net("test-sigmoid", "test-tanh", 6, 5, 3), new CrossEntropyCost(), new Sgd(1), NoRegularizer.INSTANCE, 0))
        .contains("has neither an element-wise gradient nor the output activation test-tanh as its canonical link");
    assertThat(Trainer.builder(sigmoid).engine(TrainingEngine.REFERENCE).cost(new QuadraticCost()).optimizer(new Sgd(1))
            .build().engineDescription())
        .isEqualTo("reference backend (chosen)");
    assertThatThrownBy(() -> FastTraining.start(softmax, new QuadraticCost(), new Sgd(1), NoRegularizer.INSTANCE,
            TestNets.randomExamples(1, 10, 6, 3), 5, FastOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the fast path cannot train this configuration: layer 2's activation");
  }

  private static String reason(
      Network network, Cost cost, Optimizer optimizer, Regularizer regularizer, double dropout) {
    Trainer trainer = Trainer.builder(network).cost(cost).optimizer(optimizer).regularizer(regularizer)
        .dropout(dropout).build();
    String because = "reference backend, because ";
    assertThat(trainer.engineDescription()).startsWith(because);
    return trainer.engineDescription().substring(because.length());
  }
}
