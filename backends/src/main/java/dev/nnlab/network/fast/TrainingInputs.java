package dev.nnlab.network.fast;

import dev.nnlab.network.data.Examples;
import org.ejml.data.DMatrixRMaj;

/**
 * The training inputs in the form the first layer wants them, chosen by their density: when at most
 * {@code sparseThreshold} of the input values are non-zero (MNIST: about 19 %), every example is kept
 * as its non-zero (index, value) pairs in one compressed-row store, and the first layer touches only
 * the weight rows of those inputs; otherwise inputs are gathered from the examples batch by batch
 * and the first layer runs dense. Both give bit-identical results (see {@link FloatOps}). Targets
 * are always kept, in single precision.
 */
final class TrainingInputs {

  /** Examples are read in chunks of this many rows while building the store. */
  private static final int CHUNK = 1000;
  /** Floats in a 64-byte cache line: the step of {@link #readAhead}. */
  private static final int LINE_FLOATS = 16;

  private final Examples examples;
  private final int n;
  private final int in;
  private final int out;
  private final double density;
  private final float[] targets;
  // compressed rows, when sparse: example r's entries are start[r] … start[r + 1] − 1
  private final int[] start;
  private final char[] index;
  private final float[] value;
  // dense batch, when not sparse: row s of the current batch at s·in
  private final DMatrixRMaj gatheredX;
  private final DMatrixRMaj gatheredY;
  private final float[] batch;
  private int[] order;
  private int from;
  private int count;
  /** Written only when a read-ahead's checksum hits one value, which keeps the JIT from dropping its loads. */
  private int readAheadHits;

  /**
   * @param maxBatch the largest mini-batch {@link #load} will be asked for
   * @param sparseThreshold the largest fraction of non-zero inputs kept sparse, in [0, 1]
   */
  TrainingInputs(Examples examples, int maxBatch, double sparseThreshold) {
    if (!(sparseThreshold >= 0 && sparseThreshold <= 1)) {
      throw new IllegalArgumentException("sparse threshold must be in [0, 1], got " + sparseThreshold);
    }
    this.examples = examples;
    this.n = examples.size();
    this.in = examples.inputSize();
    this.out = examples.outputSize();
    this.targets = new float[n * out];
    DMatrixRMaj x = new DMatrixRMaj(1, 1);
    DMatrixRMaj y = new DMatrixRMaj(1, 1);
    int[] identity = new int[n];
    for (int i = 0; i < n; i++) {
      identity[i] = i;
    }
    long nonZero = 0;
    for (int from = 0; from < n; from += CHUNK) {
      int count = Math.min(CHUNK, n - from);
      examples.gather(identity, from, count, x, y);
      for (int k = 0; k < count * in; k++) {
        if (x.data[k] != 0) {
          nonZero++;
        }
      }
      for (int k = 0; k < count * out; k++) {
        targets[from * out + k] = (float) y.data[k];
      }
    }
    this.density = (double) nonZero / ((double) n * in);
    boolean sparse = density <= sparseThreshold && in <= Character.MAX_VALUE + 1 && nonZero <= Integer.MAX_VALUE - 8;
    if (sparse) {
      start = new int[n + 1];
      index = new char[(int) nonZero];
      value = new float[(int) nonZero];
      int next = 0;
      for (int from = 0; from < n; from += CHUNK) {
        int count = Math.min(CHUNK, n - from);
        examples.gather(identity, from, count, x, y);
        for (int r = 0; r < count; r++) {
          start[from + r] = next;
          for (int i = 0; i < in; i++) {
            double v = x.data[r * in + i];
            if (v != 0) {
              index[next] = (char) i;
              value[next++] = (float) v;
            }
          }
        }
      }
      start[n] = next;
      gatheredX = null;
      gatheredY = null;
      batch = null;
    } else {
      start = null;
      index = null;
      value = null;
      gatheredX = new DMatrixRMaj(maxBatch, in);
      gatheredY = new DMatrixRMaj(maxBatch, out);
      batch = new float[maxBatch * in];
    }
  }

  boolean sparse() {
    return start != null;
  }

  /** The fraction of non-zero input values over the whole training set. */
  double density() {
    return density;
  }

  int size() {
    return n;
  }

  /** Makes examples {@code order[from] … order[from + count − 1]} the current batch. */
  void load(int[] order, int from, int count) {
    this.order = order;
    this.from = from;
    this.count = count;
    if (!sparse()) {
      examples.gather(order, from, count, gatheredX, gatheredY);
      for (int k = 0; k < count * in; k++) {
        batch[k] = (float) gatheredX.data[k];
      }
    }
  }

  /** The dataset index of the current batch's sample {@code s}. */
  int example(int s) {
    return order[from + s];
  }

  /** The target values of the current batch's sample {@code s}, at {@link #targetOffset}. */
  float[] targets() {
    return targets;
  }

  int targetOffset(int s) {
    return example(s) * out;
  }

  /**
   * z = b + x_s·W for the current batch's sample {@code s}. When sparse, it first reads ahead the
   * next batch's sample {@code s} (see {@link #readAhead}).
   */
  void forward(FloatOps ops, float[] w, int stride, float[] b, int s, float[] z, int zo) {
    if (sparse()) {
      readAhead(from + count + s);
      int r = example(s);
      ops.sparseForward(w, stride, index, value, start[r], start[r + 1], b, z, zo);
    } else {
      ops.denseForward(w, stride, batch, s * in, in, b, z, zo);
    }
  }

  /**
   * Touches every cache line of the entries and the target of example {@code order[at]}, if the
   * order has one there. In shuffled order each example's entries sit somewhere in a store of tens
   * of megabytes, so reading them stalls on a cache miss per line; Java has no prefetch
   * instruction, but these loads do not feed the arithmetic, so the processor overlaps their
   * misses with the current batch's work, and the next batch finds its rows cached. Measured on
   * MNIST (AVX-512, docs/performance.md): the first layer's forward pass in shuffled order took
   * twice as long as in storage order without this.
   */
  private void readAhead(int at) {
    if (at >= order.length) {
      return;
    }
    int r = order[at];
    int end = start[r + 1];
    int sum = Float.floatToRawIntBits(targets[r * out]);
    for (int k = start[r]; k < end; k += LINE_FLOATS) {
      sum += index[k] ^ Float.floatToRawIntBits(value[k]);
    }
    if (sum == 0x5eed) {
      readAheadHits++;
    }
  }

  /** W += scale·x_s·δᵀ over columns [jFrom, jTo), for the current batch's sample {@code s}. */
  void update(FloatOps ops, float[] w, int stride, float scale, int s, float[] d, int dOff, int jFrom, int jTo) {
    if (sparse()) {
      int r = example(s);
      ops.sparseUpdate(w, stride, index, value, start[r], start[r + 1], scale, d, dOff, jFrom, jTo);
    } else {
      ops.denseUpdate(w, stride, batch, s * in, in, scale, d, dOff, jFrom, jTo);
    }
  }

  /** gradW[j·in + i] += scale·δ_s[j]·x_s[i] for j &lt; rows: one sample's outer product, for diagnostics. */
  void accumulateOuter(int s, float[] d, int dOff, int rows, double scale, double[] gradW) {
    if (sparse()) {
      int r = example(s);
      for (int k = start[r]; k < start[r + 1]; k++) {
        for (int j = 0; j < rows; j++) {
          gradW[j * in + index[k]] += scale * d[dOff + j] * value[k];
        }
      }
    } else {
      for (int i = 0; i < in; i++) {
        for (int j = 0; j < rows; j++) {
          gradW[j * in + i] += scale * d[dOff + j] * batch[s * in + i];
        }
      }
    }
  }
}
