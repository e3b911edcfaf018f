package dev.nnlab.network.audit;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Synthetic inputs with MNIST's first two moments, so audit tests need no download: 784 pixels in
 * [0, 1], about 19 % non-zero (MNIST: 19.1 %), of those 45 % full ink (1.0) and the rest uniform in
 * (0, 1), which gives a mean pixel of 0.13 (MNIST: 0.131) and E[x²] of 0.11 (MNIST: 0.112). Labels
 * are uniform over the 10 classes.
 */
final class MnistLike {

  static final int PIXELS = 784;
  static final int CLASSES = 10;
  static final double NON_ZERO = 0.18;
  static final double FULL_INK = 0.45;

  final DMatrixRMaj inputs;
  final DMatrixRMaj targets;

  private MnistLike(DMatrixRMaj inputs, DMatrixRMaj targets) {
    this.inputs = inputs;
    this.targets = targets;
  }

  static MnistLike batch(long seed, int m) {
    SplittableRandom random = new SplittableRandom(seed);
    DMatrixRMaj x = new DMatrixRMaj(m, PIXELS);
    DMatrixRMaj y = new DMatrixRMaj(m, CLASSES);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < PIXELS; j++) {
        if (random.nextDouble() < NON_ZERO) {
          x.data[i * PIXELS + j] = random.nextDouble() < FULL_INK ? 1.0 : random.nextDouble();
        }
      }
      y.data[i * CLASSES + random.nextInt(CLASSES)] = 1;
    }
    return new MnistLike(x, y);
  }
}
