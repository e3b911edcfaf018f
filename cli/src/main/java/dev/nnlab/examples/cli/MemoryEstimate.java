package dev.nnlab.examples.cli;

import java.util.List;
import java.util.Locale;

/**
 * What a configuration needs of the Java heap, estimated from the configuration alone so it can
 * be refused before any work: the network's parameters (values, gradients, optimizer state and
 * the fast path's float copies), the evaluation buffers (1,000 examples through every layer), the
 * probe set of audit and compare, and the stored data set.
 *
 * <p>The constants were measured with {@code ./nnlab train --epochs 1} on MNIST at several
 * {@code -Xmx} (docs/robustness.md): [784, 30, 10] needs 120–130 MB, [784, 5000, 10] 160–200 MB,
 * [784, 30000, 10] 400–800 MB; the model below lands inside each interval.
 *
 * @param parameterBytes the network's parameters and what scales with them, over every run held at once
 * @param evaluationBytes buffers that scale with the layer widths
 * @param probeBytes the probe set's activations and deltas
 * @param dataBytes the stored data set and the JVM's own footprint
 */
record MemoryEstimate(long parameterBytes, long evaluationBytes, long probeBytes, long dataBytes) {

  /** The data set as bytes and non-zero pixels, plus nnlab's classes and the JVM's own heap use. */
  static final long DATA_BYTES = 125L << 20;

  private static final long BYTES_PER_PARAMETER = 14;
  private static final long EVALUATION_ROWS = 1000;
  private static final long BYTES_PER_ACTIVATION = 4;
  private static final long PROBE_BYTES_PER_ACTIVATION = 32;

  /**
   * @param sizes neurons per layer, input first
   * @param runs networks trained at the same time (compare's --threads)
   * @param probe images pushed through for the audit (0 if none)
   */
  static MemoryEstimate of(List<Integer> sizes, int runs, int probe) {
    long parameters = 0;
    long widths = 0;
    for (int l = 1; l < sizes.size(); l++) {
      parameters += (long) sizes.get(l - 1) * sizes.get(l) + sizes.get(l);
      widths += sizes.get(l);
    }
    return new MemoryEstimate(
        BYTES_PER_PARAMETER * parameters * runs,
        EVALUATION_ROWS * widths * BYTES_PER_ACTIVATION * runs,
        (long) probe * (widths + sizes.get(0)) * PROBE_BYTES_PER_ACTIVATION,
        DATA_BYTES);
  }

  /** {@code sample}: the drawn values, a sorted copy and the histogram's work, on a small base. */
  static MemoryEstimate ofSamples(long count) {
    return new MemoryEstimate(0, 24 * count, 0, 32L << 20);
  }

  long totalBytes() {
    return parameterBytes + evaluationBytes + probeBytes + dataBytes;
  }

  /** The estimate in MB, rounded up. */
  long totalMb() {
    return (totalBytes() + (1 << 20) - 1) >> 20;
  }

  /** {@code 612 MB (parameters 381 MB, evaluation buffers 120 MB, probe 0 MB, data 125 MB)}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d MB (parameters %d MB, evaluation buffers %d MB, probe set %d MB, data %d MB)",
        totalMb(), parameterBytes >> 20, evaluationBytes >> 20, probeBytes >> 20, dataBytes >> 20);
  }
}
