package dev.nnlab.network.fast;

import dev.nnlab.core.layer.Network;
import dev.nnlab.network.NetworkBuilder;
import dev.nnlab.network.TestNets;
import dev.nnlab.network.cost.QuadraticCost;
import dev.nnlab.network.data.ArrayExamples;
import dev.nnlab.network.optim.Sgd;
import dev.nnlab.network.regularize.NoRegularizer;
import java.util.concurrent.TimeUnit;
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
 * One mini-batch step of the fast path (forward, backward, update) on MNIST-like sparse inputs.
 * Not run by the build; see docs/performance.md for the command (with {@code -prof gc} it shows the
 * step allocates nothing).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-XX:+UseSerialGC"})
@State(Scope.Thread)
public class FastEngineBenchmark {

  private static final int EXAMPLES = 2000;

  @Param({"30", "100", "30,30,30"})
  public String hidden;

  @Param({"10"})
  public int miniBatch;

  @Param({"AUTO", "SCALAR"})
  public FastOptions.Kernels kernels;

  private FastTraining fast;
  private int[] order;
  private int from;

  @Setup(Level.Trial)
  public void setUp() {
    NetworkBuilder builder =
        NetworkBuilder.using(TestNets.CATALOG).input(SparseDigits.INPUTS).weights("test-randn").biases("test-randn").seed(1);
    for (String size : hidden.split(",")) {
      builder.dense(Integer.parseInt(size), "test-sigmoid");
    }
    Network network = builder.dense(10, "test-sigmoid").build();
    ArrayExamples data = SparseDigits.examples(2, EXAMPLES);
    fast =
        FastTraining.start(
            network, new QuadraticCost(), new Sgd(3.0), NoRegularizer.INSTANCE, data, miniBatch,
            FastOptions.defaults().withKernels(kernels));
    order = new int[EXAMPLES];
    for (int i = 0; i < EXAMPLES; i++) {
      order[i] = (int) ((i * 7919L) % EXAMPLES);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    fast.close();
  }

  /** One mini-batch; returns its cost so that nothing is optimised away. */
  @Benchmark
  public double miniBatchStep() {
    double cost = fast.forwardBackward(order, from, miniBatch);
    fast.update();
    from += miniBatch;
    if (from + miniBatch > EXAMPLES) {
      from = 0;
    }
    return cost;
  }
}
