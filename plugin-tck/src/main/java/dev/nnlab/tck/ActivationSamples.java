package dev.nnlab.tck;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** The inputs the activation checks feed in: seeded random batches and the extremes. */
final class ActivationSamples {

  /** The magnitudes at which naive formulas overflow: e^700 is near the double limit, e^1e4 beyond. */
  static final double[] EXTREMES = {1e4, -1e4, 700, -700, 30, -30, 0};

  /** Standard deviation of the random pre-activations: covers the linear and saturated regions. */
  private static final double SPREAD = 2.5;

  private static final int[][] SHAPES = {{1, 1}, {1, 7}, {4, 5}, {3, 10}, {6, 3}};

  private static final long SEED = 0x5EED_AC71L;

  private ActivationSamples() {}

  /** A generator for one spec: fixed, but different for different specs. */
  static SplittableRandom random(String label) {
    return new SplittableRandom(SEED ^ label.hashCode());
  }

  /** Random batches of several shapes (single sample, single unit, both many), N(0, 2.5²) each. */
  static List<DMatrixRMaj> randomBatches(SplittableRandom random) {
    return java.util.Arrays.stream(SHAPES)
        .map(shape -> gaussian(shape[0], shape[1], SPREAD, random))
        .toList();
  }

  static DMatrixRMaj gaussian(int rows, int cols, double std, SplittableRandom random) {
    DMatrixRMaj m = new DMatrixRMaj(rows, cols);
    for (int i = 0; i < m.data.length; i++) {
      m.data[i] = std * random.nextGaussian();
    }
    return m;
  }

  /** Upstream gradients dL/da: uniform in [-1, 1), never exactly zero in practice. */
  static DMatrixRMaj upstream(int rows, int cols, SplittableRandom random) {
    DMatrixRMaj m = new DMatrixRMaj(rows, cols);
    for (int i = 0; i < m.data.length; i++) {
      m.data[i] = random.nextDouble(-1, 1);
    }
    return m;
  }

  /**
   * Batches made of extreme pre-activations: one row mixing every extreme, rows where all units
   * share one extreme (a softmax row of equal huge logits), a huge logit among very negative ones,
   * and each extreme alone in a 1 x 1 batch.
   */
  static List<DMatrixRMaj> extremeBatches() {
    int n = EXTREMES.length;
    DMatrixRMaj mixed = new DMatrixRMaj(5, n);
    for (int c = 0; c < n; c++) {
      mixed.set(0, c, EXTREMES[c]);
      mixed.set(1, c, 1e4);
      mixed.set(2, c, -1e4);
      mixed.set(3, c, c == n - 1 ? 1e4 : -1e4);
      mixed.set(4, c, c % 2 == 0 ? 700 : -700);
    }
    List<DMatrixRMaj> batches = new java.util.ArrayList<>();
    batches.add(mixed);
    for (double extreme : EXTREMES) {
      batches.add(new DMatrixRMaj(1, 1, true, extreme));
    }
    return batches;
  }
}
