package dev.nnlab.network.fast;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.network.NetworkBuilder;
import dev.nnlab.network.backend.BackendRun;
import dev.nnlab.network.backend.Dropout;
import dev.nnlab.network.backend.TrainingJob;
import dev.nnlab.network.cost.LogLikelihoodCost;
import dev.nnlab.network.data.ArrayExamples;
import dev.nnlab.network.optim.Sgd;
import dev.nnlab.network.regularize.NoRegularizer;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One mini-batch step (forward, backward, update) of the {@code fast-conv} backend on network3.py's
 * {@code network3-conv2} net: conv(20, 5×5), max-pool 2, conv(40, 5×5), max-pool 2, dense 100
 * sigmoid, softmax 10, log-likelihood, SGD η = 0.1, mini-batch 10, on 28×28 inputs with MNIST's
 * share of zeros. Multiply by 5,000 for a 50,000-image epoch. Not run by the build; see
 * docs/performance.md for the command (with {@code -prof gc} it shows the step allocates nothing).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-XX:+UseSerialGC"})
@State(Scope.Thread)
public class ConvEngineBenchmark {

  private static final int EXAMPLES = 1000;
  private static final Shape MNIST = Shape.image(1, 28, 28);
  private static final String NETWORK3_CONV2 =
      "conv(filters=20, kernel=5), max-pool(size=2), conv(filters=40, kernel=5), max-pool(size=2),"
          + " dense(units=100), dense(units=10)";

  @Param({"10"})
  public int miniBatch;

  @Param({"AUTO", "SCALAR"})
  public FastOptions.Kernels kernels;

  private BackendRun run;
  private int[] order;
  private int from;

  @Setup(Level.Trial)
  public void setUp() {
    Network network = NetworkBuilder.using(PluginCatalog.standard())
        .input(MNIST).layers(NETWORK3_CONV2).hiddenActivation("sigmoid").outputActivation("softmax")
        .weights("randn").biases("randn").seed(1).build();
    TrainingJob job = new TrainingJob(network, new LogLikelihoodCost(), new Sgd(0.1), NoRegularizer.INSTANCE,
        Dropout.none(), new SplittableRandom(1), miniBatch);
    run = new ConvBackend(FastOptions.defaults().withKernels(kernels)).start(job, digits());
    order = new int[EXAMPLES];
    for (int i = 0; i < EXAMPLES; i++) {
      order[i] = (int) ((i * 7919L) % EXAMPLES);
    }
  }

  /** Images with MNIST's ~80 % zeros and the rest in (0, 1], ten classes. */
  private static ArrayExamples digits() {
    SplittableRandom random = new SplittableRandom(3);
    DMatrixRMaj inputs = new DMatrixRMaj(EXAMPLES, MNIST.size());
    for (int i = 0; i < inputs.data.length; i++) {
      inputs.data[i] = random.nextDouble() < 0.8 ? 0 : random.nextDouble();
    }
    int[] labels = new int[EXAMPLES];
    for (int i = 0; i < EXAMPLES; i++) {
      labels[i] = random.nextInt(10);
    }
    return ArrayExamples.oneHot(inputs, labels, 10);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    run.close();
  }

  /** One mini-batch; returns its cost so that nothing is optimised away. */
  @Benchmark
  public double miniBatchStep() {
    double cost = run.forwardBackward(order, from, miniBatch);
    run.update();
    from += miniBatch;
    if (from + miniBatch > EXAMPLES) {
      from = 0;
    }
    return cost;
  }
}
