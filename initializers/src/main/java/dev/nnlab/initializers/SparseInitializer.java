package dev.nnlab.initializers;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * Martens (2010), as PyTorch's {@code sparse_}: in every column, ceil(sparsity·rows) entries chosen
 * uniformly at random are 0 and the others are drawn from N(0, std²). Only the draws needed are
 * made: a column that is all zeros (one row and sparsity &gt; 0) takes nothing from the generator.
 */
final class SparseInitializer implements Initializer {

  private final double sparsity;
  private final double std;

  SparseInitializer(double sparsity, double std) {
    this.sparsity = sparsity;
    this.std = std;
  }

  /** ceil(sparsity·rows), ignoring the floating-point noise that makes 0.3·10 exceed 3. */
  int zerosPerColumn(int rows) {
    return (int) Math.ceil(sparsity * rows * (1 - 1e-12));
  }

  @Override
  public void initialize(DMatrixRMaj target, Fan fan, RandomGenerator random) {
    TargetShape.check(target, fan);
    int rows = target.getNumRows();
    int cols = target.getNumCols();
    int zeros = zerosPerColumn(rows);
    int[] order = new int[rows];
    for (int j = 0; j < cols; j++) {
      for (int i = 0; i < rows; i++) {
        order[i] = i;
      }
      // A partial Fisher–Yates shuffle: order[0..zeros) becomes a uniform random subset.
      for (int i = 0; i < Math.min(zeros, rows - 1); i++) {
        int k = i + random.nextInt(rows - i);
        int swap = order[i];
        order[i] = order[k];
        order[k] = swap;
      }
      for (int i = 0; i < rows; i++) {
        target.unsafe_set(order[i], j, i < zeros ? 0 : std * random.nextGaussian());
      }
    }
  }

  @Override
  public String formula(Fan fan) {
    return "N(0, " + Numbers.show(std) + "²) with ceil(" + Numbers.show(sparsity) + "·"
        + fan.outChannels() + ") = " + zerosPerColumn(fan.outChannels()) + " of " + fan.outChannels()
        + " entries per column set to 0";
  }

  @Override
  public String toString() {
    return "sparse(sparsity=" + Numbers.show(sparsity) + ", std=" + Numbers.show(std) + ")";
  }
}
