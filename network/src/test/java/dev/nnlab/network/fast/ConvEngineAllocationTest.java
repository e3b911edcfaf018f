package dev.nnlab.network.fast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.network.backend.BackendRun;
import dev.nnlab.network.backend.Dropout;
import dev.nnlab.network.backend.TrainingJob;
import dev.nnlab.network.cost.LogLikelihoodCost;
import dev.nnlab.network.data.ArrayExamples;
import dev.nnlab.network.optim.Sgd;
import dev.nnlab.network.regularize.L2;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The batch loop allocates nothing: every work array is made when the run starts. Measured with
 * the JVM's per-thread allocation counter over many mini-batches, on the scalar kernels so that
 * what is measured is the engine's own buffers, not whether the JIT has yet scalarised the Vector
 * API's value objects.
 */
class ConvEngineAllocationTest {

  @Test
  void miniBatchesAllocateNothing() {
    Network network = ConvBackendTest.network(
        "conv(filters=3, kernel=3), max-pool(size=2), flatten, dense(units=6), dense(units=4)", 5);
    ArrayExamples data = ConvBackendTest.examples(40, Shape.image(1, 10, 10), 4, 6);
    TrainingJob job = new TrainingJob(network, new LogLikelihoodCost(), new Sgd(0.1), new L2(1.0), Dropout.none(),
        new SplittableRandom(1), 10);
    int[] order = new int[40];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    try (BackendRun run = new ConvBackend(FastOptions.defaults().withKernels(FastOptions.Kernels.SCALAR)).start(job, data)) {
      for (int i = 0; i < 2000; i++) {
        run.forwardBackward(order, (i % 4) * 10, 10);
        run.update();
      }
      long before = threads.getCurrentThreadAllocatedBytes();
      int batches = 2000;
      for (int i = 0; i < batches; i++) {
        run.forwardBackward(order, (i % 4) * 10, 10);
        run.update();
      }
      long allocated = threads.getCurrentThreadAllocatedBytes() - before;
      // less than a byte per batch: any object made per mini-batch (16 bytes at least) would give
      // 32,000 or more; the few bytes allowed are the measuring call's own
      assertThat(allocated).as("bytes allocated over %d mini-batches", batches).isLessThan(batches);
    }
  }
}
