package dev.nnlab.core.model;

import dev.nnlab.core.activation.Activation;
import org.ejml.data.DMatrixRMaj;

/**
 * A per-sample cost C_x(a, y) between a network's output {@code a} and the target {@code y}. Both
 * are {@code batch × outputs}, one row per sample. The training cost of a mini-batch is the mean of
 * C_x over its rows.
 */
public interface Cost {

  /** Σ_x C_x over the rows (a sum, not a mean; callers divide). */
  double total(DMatrixRMaj a, DMatrixRMaj y);

  /**
   * Writes ∂C_x/∂a for every row (per sample, not divided by the batch size).
   *
   * @param gradA receives a matrix of the same shape as {@code a}
   */
  void gradient(DMatrixRMaj a, DMatrixRMaj y, DMatrixRMaj gradA);

  /**
   * Whether {@code output} is this cost's canonical link, so that ∂C_x/∂z = a − y exactly and the
   * engine may use that numerically stable fused form instead of {@link #gradient} followed by
   * {@link Activation#backward}. False by default.
   */
  default boolean hasCanonicalLink(Activation output) {
    return false;
  }
}
