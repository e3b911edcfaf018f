package dev.nnlab.network.fast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Regularizer;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.network.NetworkBuilder;
import dev.nnlab.network.backend.BackendRun;
import dev.nnlab.network.backend.Dropout;
import dev.nnlab.network.backend.TrainingJob;
import dev.nnlab.network.backend.reference.ReferenceBackend;
import dev.nnlab.network.cost.LogLikelihoodCost;
import dev.nnlab.network.cost.QuadraticCost;
import dev.nnlab.network.data.ArrayExamples;
import dev.nnlab.network.optim.Momentum;
import dev.nnlab.network.optim.Sgd;
import dev.nnlab.network.regularize.L2;
import dev.nnlab.network.regularize.NoRegularizer;
import dev.nnlab.network.train.Trainer;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The convolution backend against the double-precision reference backend on the same network and
 * batch. Tolerances are for float32: each compared value is a sum of at most a few hundred products
 * of O(1) terms, each rounded with relative error 2^−24 ≈ 6e−8, so its error is well under 1e−4
 * relative to the summed magnitudes; differences of 1e−3 would mean a wrong term, not rounding.
 */
class ConvBackendTest {

  private static final Shape IMAGE = Shape.image(1, 10, 10);
  private static final int BATCH = 4;

  static Network network(String layers, long seed) {
    return NetworkBuilder.using(PluginCatalog.standard())
        .input(IMAGE).layers(layers).hiddenActivation("sigmoid").outputActivation("softmax")
        .weights("randn").biases("randn").seed(seed).build();
  }

  static ArrayExamples examples(int n, Shape shape, int classes, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DMatrixRMaj inputs = new DMatrixRMaj(n, shape.size());
    for (int i = 0; i < inputs.data.length; i++) {
      inputs.data[i] = random.nextDouble();
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = random.nextInt(classes);
    }
    return ArrayExamples.oneHot(inputs, labels, classes);
  }

  private static TrainingJob job(Network network, Cost cost, Regularizer regularizer) {
    return new TrainingJob(network, cost, new Sgd(0.5), regularizer, Dropout.none(), new SplittableRandom(1), BATCH);
  }

  private static FastOptions options(FastOptions.Kernels kernels) {
    return FastOptions.defaults().withKernels(kernels);
  }

  /** Largest |a − b| over the two networks' parameters, relative to max(1, |b|). */
  private static double largestParameterDifference(Network fast, Network reference, boolean gradients) {
    double largest = 0;
    for (int p = 0; p < reference.parameters().size(); p++) {
      DMatrixRMaj a = gradients ? fast.parameters().get(p).gradient() : fast.parameters().get(p).value();
      DMatrixRMaj b = gradients ? reference.parameters().get(p).gradient() : reference.parameters().get(p).value();
      assertThat(a.getNumElements()).isEqualTo(b.getNumElements());
      for (int i = 0; i < b.getNumElements(); i++) {
        largest = Math.max(largest, Math.abs(a.data[i] - b.data[i]) / Math.max(1, Math.abs(b.data[i])));
      }
    }
    return largest;
  }

  private static void assertMatchesReference(String layers, Cost cost, Regularizer regularizer,
      FastOptions.Kernels kernels) {
    Network fastNet = network(layers, 7);
    Network referenceNet = network(layers, 7);
    ArrayExamples data = examples(12, IMAGE, fastNet.outputSize(), 3);
    int[] order = {5, 0, 11, 3, 8, 1, 2, 9};
    TrainingJob fastJob = job(fastNet, cost, regularizer);
    assertThat(new ConvBackend(options(kernels)).unsupported(fastJob)).isEmpty();
    try (BackendRun fast = new ConvBackend(options(kernels)).start(fastJob, data);
        BackendRun reference = ReferenceBackend.INSTANCE.start(job(referenceNet, cost, regularizer), data)) {
      // the third batch is shorter than the largest: the stages' padding past it holds stale values
      int[] from = {0, BATCH, BATCH + 1};
      int[] count = {BATCH, BATCH, BATCH - 1};
      for (int batch = 0; batch < from.length; batch++) {
        double fastCost = fast.forwardBackward(order, from[batch], count[batch]);
        double referenceCost = reference.forwardBackward(order, from[batch], count[batch]);
        assertThat(fastCost).isCloseTo(referenceCost, org.assertj.core.data.Offset.offset(1e-4 * Math.max(1, referenceCost)));
        fast.synchronize();
        fast.synchronizeGradients();
        reference.synchronize();
        reference.synchronizeGradients();
        assertThat(largestParameterDifference(fastNet, referenceNet, true)).as("gradients, batch %d", batch).isLessThan(1e-4);
        fast.update();
        reference.update();
        fast.synchronize();
        reference.synchronize();
        assertThat(largestParameterDifference(fastNet, referenceNet, false)).as("weights after step %d", batch).isLessThan(1e-5);
      }
      ArrayExamples test = examples(9, IMAGE, fastNet.outputSize(), 4);
      var fastScore = fast.score(test);
      var referenceScore = reference.score(test);
      assertThat(fastScore.correct()).isEqualTo(referenceScore.correct());
      assertThat(fastScore.totalCost()).isCloseTo(referenceScore.totalCost(), org.assertj.core.data.Offset.offset(1e-3));
    }
  }

  @ParameterizedTest
  @EnumSource(value = FastOptions.Kernels.class, names = {"SCALAR", "VECTOR"})
  void convMaxPoolDenseSoftmaxNetMatchesReference(FastOptions.Kernels kernels) {
    assertMatchesReference(
        "conv(filters=3, kernel=3), max-pool(size=2), conv(filters=5, kernel=2), max-pool(size=2),"
            + " flatten, dense(units=6), dense(units=4)",
        new LogLikelihoodCost(), new L2(5.0), kernels);
  }

  /** tanh is not recognised as increasing, so the convolution applies it before max pooling. */
  @ParameterizedTest
  @EnumSource(value = FastOptions.Kernels.class, names = {"SCALAR", "VECTOR"})
  void activationBeforeMaxPoolingMatchesReference(FastOptions.Kernels kernels) {
    assertMatchesReference(
        "conv(filters=3, kernel=3, activation=tanh), max-pool(size=2), dense(units=5, activation=relu), dense(units=4)",
        new LogLikelihoodCost(), NoRegularizer.INSTANCE, kernels);
  }

  @ParameterizedTest
  @EnumSource(value = FastOptions.Kernels.class, names = {"SCALAR", "VECTOR"})
  void strideAndPaddingAndAveragePoolingMatchReference(FastOptions.Kernels kernels) {
    assertMatchesReference(
        "conv(filters=4, kernel=3, stride=2, padding=1), avg-pool(size=2), dense(units=3)",
        new LogLikelihoodCost(), NoRegularizer.INSTANCE, kernels);
  }

  @Test
  void elementwiseCostOnSigmoidOutputMatchesReference() {
    String layers = "conv(filters=2, kernel=5), max-pool(size=3, stride=2), dense(units=3, activation=sigmoid)";
    assertMatchesReference(layers, new QuadraticCost(), new L2(1.0), FastOptions.Kernels.AUTO);
  }

  @Test
  void refusesWhatItCannotRunWithAReason() {
    Network network = network("conv(filters=2, kernel=3), max-pool(size=2), dense(units=3)", 1);
    TrainingJob momentum = new TrainingJob(network, new LogLikelihoodCost(), new Momentum(0.1, 0.9, false),
        NoRegularizer.INSTANCE, Dropout.none(), new SplittableRandom(1), BATCH);
    assertThat(new ConvBackend(FastOptions.defaults()).unsupported(momentum))
        .hasValueSatisfying(reason -> assertThat(reason).contains("plain gradient step"));
    Network pooledLast = network("conv(filters=2, kernel=3), max-pool(size=2)", 1);
    assertThat(new ConvBackend(FastOptions.defaults()).unsupported(job(pooledLast, new QuadraticCost(), NoRegularizer.INSTANCE)))
        .hasValueSatisfying(reason -> assertThat(reason).contains("output layer"));
  }

  @Test
  void trainerAutoPicksTheConvolutionBackendAndSaysWhyNotOtherwise() {
    Network network = network("conv(filters=2, kernel=3), max-pool(size=2), dense(units=3)", 1);
    Trainer auto = Trainer.builder(network).cost(new LogLikelihoodCost()).optimizer(new Sgd(0.1)).epochs(1)
        .miniBatchSize(BATCH).build();
    assertThat(auto.engineDescription()).startsWith("fast single-precision convolution backend");
    Trainer momentum = Trainer.builder(network).cost(new LogLikelihoodCost()).optimizer(new Momentum(0.1, 0.9, false))
        .epochs(1).miniBatchSize(BATCH).build();
    assertThat(momentum.engineDescription()).startsWith("reference backend, because").contains("plain gradient step");
  }
}
