package dev.nnlab.network.cost;

import dev.nnlab.core.model.Cost;
import java.util.Optional;
import java.util.function.DoubleBinaryOperator;
import org.ejml.data.DMatrixRMaj;

/** Nielsen's chapter-1 cost: C_x = ½‖a − y‖², so ∂C_x/∂a = a − y. */
public final class QuadraticCost implements Cost {

  @Override
  public double total(DMatrixRMaj a, DMatrixRMaj y) {
    Shapes.requireSame(a, y);
    double sum = 0;
    for (int i = 0; i < a.getNumElements(); i++) {
      double d = a.data[i] - y.data[i];
      sum += d * d;
    }
    return 0.5 * sum;
  }

  @Override
  public void gradient(DMatrixRMaj a, DMatrixRMaj y, DMatrixRMaj gradA) {
    Shapes.requireSame(a, y);
    for (int i = 0; i < a.getNumElements(); i++) {
      gradA.data[i] = a.data[i] - y.data[i];
    }
  }

  @Override
  public String toString() {
    return "quadratic";
  }

  /** ∂C_x/∂a_j = a_j − y_j. */
  @Override
  public Optional<DoubleBinaryOperator> elementwiseGradient() {
    return Optional.of((a, y) -> a - y);
  }
}
