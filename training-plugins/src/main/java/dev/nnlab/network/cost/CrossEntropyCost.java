package dev.nnlab.network.cost;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.Range;
import dev.nnlab.core.model.Cost;
import org.ejml.data.DMatrixRMaj;

/**
 * network2.py's cross-entropy: C_x = −Σ_j [y_j ln a_j + (1 − y_j) ln(1 − a_j)], with 0·ln 0 = 0 and
 * every logarithm floored at ln(Double.MIN_VALUE) ≈ −744.4 so that a saturated output gives a large
 * finite cost, as numpy's {@code nan_to_num} does there. With a sigmoid output δ = a − y exactly.
 */
public final class CrossEntropyCost implements Cost {

  static final double LOG_FLOOR = Math.log(Double.MIN_VALUE);

  @Override
  public double total(DMatrixRMaj a, DMatrixRMaj y) {
    Shapes.requireSame(a, y);
    double sum = 0;
    for (int i = 0; i < a.getNumElements(); i++) {
      double ai = a.data[i];
      double yi = y.data[i];
      sum -= xLogY(yi, ai) + xLogY(1 - yi, 1 - ai);
    }
    return sum;
  }

  /** x·ln(y) with 0·ln(anything) = 0 and ln floored. */
  static double xLogY(double x, double y) {
    return x == 0 ? 0 : x * Math.max(Math.log(y), LOG_FLOOR);
  }

  /** ∂C_x/∂a = (a − y) / (a(1 − a)); defined for outputs strictly inside (0, 1). */
  @Override
  public void gradient(DMatrixRMaj a, DMatrixRMaj y, DMatrixRMaj gradA) {
    Shapes.requireSame(a, y);
    for (int i = 0; i < a.getNumElements(); i++) {
      double ai = a.data[i];
      gradA.data[i] = (ai - y.data[i]) / Math.max(ai * (1 - ai), Double.MIN_NORMAL);
    }
  }

  @Override
  public boolean hasCanonicalLink(Activation output) {
    return CanonicalLinks.isLogistic(output);
  }

  /** It takes ln a and ln(1 − a), NaN below 0 and above 1. */
  @Override
  public Range outputDomain() {
    return new Range(0, 1);
  }

  @Override
  public String toString() {
    return "cross-entropy";
  }
}
