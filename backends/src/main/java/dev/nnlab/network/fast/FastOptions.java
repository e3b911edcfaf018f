package dev.nnlab.network.fast;

/**
 * How the fast path runs.
 *
 * @param kernels which arithmetic to use
 * @param sparseThreshold the largest fraction of non-zero inputs for which the first layer skips
 *     zero inputs; above it inputs are processed dense
 * @param threads threads per mini-batch, or {@link #AUTO_THREADS}: every available processor (at
 *     most {@value #MAX_THREADS}) for mini-batches of at least {@value #PARALLEL_BATCH} examples
 *     whose work (examples × units) reaches {@value #PARALLEL_WORK}, one thread below that, where
 *     handing work over costs more than it saves
 */
public record FastOptions(Kernels kernels, double sparseThreshold, int threads) {

  /** The arithmetic of the fast path. */
  public enum Kernels {
    /** The Vector API when the JVM has {@code jdk.incubator.vector}, scalar loops otherwise. */
    AUTO,
    /** Scalar loops, whatever the JVM offers. */
    SCALAR,
    /** The Vector API; refuses to start without the module. */
    VECTOR
  }

  public static final int AUTO_THREADS = 0;
  public static final int PARALLEL_BATCH = 100;
  /**
   * Examples × units (all layers' outputs) per mini-batch from which a second thread pays, measured
   * on 2 idle cores: [784,30,10] at 100 examples (4,000) was slower with two threads (0.096 s vs
   * 0.083 s an epoch), [784,100,10] at 100 (11,000) and [784,30,10] at 1,000 (40,000) faster.
   */
  public static final int PARALLEL_WORK = 10_000;
  public static final int MAX_THREADS = 4;
  /**
   * MNIST's inputs are about 19 % non-zero and gain most from skipping zeros. Fashion-MNIST's are
   * about half non-zero: their (index, value) store would take 6 bytes per entry, some 140 MB for
   * 60,000 images, more than the launcher's heap, for a much smaller gain; they go dense.
   */
  public static final double DEFAULT_SPARSE_THRESHOLD = 0.35;

  public FastOptions {
    if (kernels == null) {
      throw new IllegalArgumentException("kernels must be given: AUTO, SCALAR or VECTOR");
    }
    if (!(sparseThreshold >= 0 && sparseThreshold <= 1)) {
      throw new IllegalArgumentException("sparse threshold must be in [0, 1], got " + sparseThreshold);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 1, or 0 for automatic, got " + threads);
    }
  }

  public static FastOptions defaults() {
    return new FastOptions(Kernels.AUTO, DEFAULT_SPARSE_THRESHOLD, AUTO_THREADS);
  }

  public FastOptions withKernels(Kernels k) {
    return new FastOptions(k, sparseThreshold, threads);
  }

  public FastOptions withSparseThreshold(double threshold) {
    return new FastOptions(kernels, threshold, threads);
  }

  public FastOptions withThreads(int n) {
    return new FastOptions(kernels, sparseThreshold, n);
  }

  /** The threads to use for mini-batches of {@code batchSize} through layers of {@code units} outputs in all. */
  int threadsFor(int batchSize, int units) {
    if (threads != AUTO_THREADS) {
      return threads;
    }
    return batchSize >= PARALLEL_BATCH && (long) batchSize * units >= PARALLEL_WORK
        ? Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()))
        : 1;
  }

  FloatOps ops() {
    return switch (kernels) {
      case AUTO -> FloatOpsSelector.best();
      case SCALAR -> ScalarFloatOps.INSTANCE;
      case VECTOR -> FloatOpsSelector.vector();
    };
  }
}
