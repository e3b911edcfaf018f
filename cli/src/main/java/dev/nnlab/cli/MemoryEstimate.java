package dev.nnlab.cli;

import dev.nnlab.core.layer.ConvolutionGeometry;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.cli.lab.SetupNetwork;
import dev.nnlab.cli.train.TrainingSetup;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
   * Output-sized matrices a reference convolution and its stack keep per example during the
   * audit's forward and backward pass: z, its transposed copy, a, the stack's output and gradient,
   * ∂C/∂z, its transposed copy, and δ.
   */
  private static final long CONVOLUTION_MAPS = 8;

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

  /**
   * As {@link #of(List, int, int)} for a setup. A layer list (convolutions) is measured on its
   * placed layers instead of being read as dense layers of its output sizes: its real parameter
   * count, plus the work matrices of every convolution, which hold the unfolded input windows
   * (im2col, C·k² values per output position) and about eight maps of its output per example —
   * in the probe (double precision, one per run held at once, as the audit keeps them) and in
   * evaluation (single precision, 1,000 rows).
   */
  static MemoryEstimate of(TrainingSetup setup, int runs, int probe) {
    if (setup.layers().isEmpty()) {
      return of(setup.sizes(), runs, probe);
    }
    Network network = SetupNetwork.assemble(setup);
    long parameters = 0;
    long columns = 0;
    long maps = 0;
    for (Layer layer : network.layers()) {
      parameters += layer.parameters().stream().mapToLong(Parameter::size).sum();
      Optional<ConvolutionGeometry> conv = layer.capability(ConvolutionGeometry.class);
      if (conv.isPresent()) {
        long positions = (long) layer.outputShape().height() * layer.outputShape().width();
        columns += conv.get().input().channels() * (long) conv.get().kernel() * conv.get().kernel() * positions;
        maps += layer.outputShape().size();
      }
    }
    List<Integer> sizes = setup.sizes();
    long widths = 0;
    for (int l = 1; l < sizes.size(); l++) {
      widths += sizes.get(l);
    }
    long probeWork = (long) probe * (2 * columns + CONVOLUTION_MAPS * maps) * Double.BYTES * runs;
    return new MemoryEstimate(
        BYTES_PER_PARAMETER * parameters * runs,
        EVALUATION_ROWS * (widths + columns) * BYTES_PER_ACTIVATION * runs,
        // the convolutions' own outputs are in probeWork already
        (long) probe * (widths - maps + sizes.get(0)) * PROBE_BYTES_PER_ACTIVATION + probeWork,
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
