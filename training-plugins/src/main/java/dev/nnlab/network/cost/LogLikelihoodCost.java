package dev.nnlab.network.cost;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.Range;
import dev.nnlab.core.model.Cost;
import org.ejml.data.DMatrixRMaj;

/**
 * Nielsen's log-likelihood (chapter 3): C_x = −Σ_j y_j ln a_j, which for a one-hot y is −ln a_y.
 * Logarithms are floored at ln(Double.MIN_VALUE). With a softmax output δ = a − y, exact when every
 * target row sums to 1 (one-hot labels or a probability distribution).
 */
public final class LogLikelihoodCost implements Cost {

  @Override
  public double total(DMatrixRMaj a, DMatrixRMaj y) {
    Shapes.requireSame(a, y);
    double sum = 0;
    for (int i = 0; i < a.getNumElements(); i++) {
      sum -= CrossEntropyCost.xLogY(y.data[i], a.data[i]);
    }
    return sum;
  }

  /** ∂C_x/∂a = −y / a; defined for positive outputs. */
  @Override
  public void gradient(DMatrixRMaj a, DMatrixRMaj y, DMatrixRMaj gradA) {
    Shapes.requireSame(a, y);
    for (int i = 0; i < a.getNumElements(); i++) {
      double yi = y.data[i];
      gradA.data[i] = yi == 0 ? 0 : -yi / Math.max(a.data[i], Double.MIN_NORMAL);
    }
  }

  @Override
  public boolean hasCanonicalLink(Activation output) {
    return CanonicalLinks.isSoftmax(output);
  }

  /** It takes ln a of the target class, NaN below 0. */
  @Override
  public Range outputDomain() {
    return new Range(0, Double.POSITIVE_INFINITY);
  }

  @Override
  public String toString() {
    return "log-likelihood";
  }
}
