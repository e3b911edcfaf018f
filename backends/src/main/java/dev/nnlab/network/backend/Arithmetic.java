package dev.nnlab.network.backend;

/**
 * The arithmetic a backend actually ran, as a manifest records it.
 *
 * @param precision {@code double} or {@code float}
 * @param vectorBits the width of the vectors the kernels use, one element's width when scalar
 * @param lanes elements per vector, 1 when scalar
 * @param sparseInputs whether the first layer skips zero inputs
 * @param threads threads per mini-batch
 */
public record Arithmetic(String precision, int vectorBits, int lanes, boolean sparseInputs, int threads) {

  /** The reference backend's: scalar double precision on one thread, dense inputs. */
  public static Arithmetic scalarDouble() {
    return new Arithmetic("double", Double.SIZE, 1, false, 1);
  }
}
