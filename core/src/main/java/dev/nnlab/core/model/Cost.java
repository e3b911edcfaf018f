package dev.nnlab.core.model;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.Range;
import java.util.Optional;
import java.util.function.DoubleBinaryOperator;
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

  /**
   * The outputs this cost is defined for: the cross-entropy takes ln a and ln(1 − a), so it needs
   * [0, 1]. Training refuses an output activation whose {@link Activation#range()} reaches beyond
   * it, which could only end in a NaN cost reported as divergence. Every real number by default.
   */
  default Range outputDomain() {
    return Range.REAL;
  }

  /**
   * ∂C_x/∂a_j as a function of (a_j, y_j) alone, when this cost's gradient is element-wise (the
   * quadratic cost's a − y), so that a backend may compute it inside its own kernels instead of
   * calling {@link #gradient}. Empty by default; when present it must agree with {@link #gradient}.
   */
  default Optional<DoubleBinaryOperator> elementwiseGradient() {
    return Optional.empty();
  }
}
