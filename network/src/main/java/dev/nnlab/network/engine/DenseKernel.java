package dev.nnlab.network.engine;

import org.ejml.data.DMatrixRMaj;

/**
 * The per-batch arithmetic of a dense layer, the one seam where a faster implementation (sparse
 * inputs, SIMD, single precision) plugs in. Shapes: x is {@code m × in}, W is {@code out × in}, b is
 * {@code out × 1}, z and δ are {@code m × out}. Outputs are preallocated by the caller with the right
 * shape and never alias inputs. Implementations must give the same result as
 * {@link EjmlDenseKernel} up to rounding.
 */
public interface DenseKernel {

  /** z = x·Wᵀ + 1·bᵀ. */
  void forward(DMatrixRMaj x, DMatrixRMaj w, DMatrixRMaj b, DMatrixRMaj z);

  /** ∂C/∂W = scale·δᵀ·x and ∂C/∂b = scale·(column sums of δ), overwriting both. */
  void gradients(DMatrixRMaj delta, DMatrixRMaj x, double scale, DMatrixRMaj gradW, DMatrixRMaj gradB);

  /** ∂C/∂x = δ·W ({@code m × in}), overwriting {@code gradX}. */
  void backpropagate(DMatrixRMaj delta, DMatrixRMaj w, DMatrixRMaj gradX);
}
