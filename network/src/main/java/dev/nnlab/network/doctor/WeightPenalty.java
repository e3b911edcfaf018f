package dev.nnlab.network.doctor;

import dev.nnlab.core.model.Regularizer;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * How much of a layer's gradient is the weight penalty's: with strong L2 the update ratio is large
 * because every step shrinks the weights, not because η is too large, and the fix is a smaller λ.
 *
 * @param regularizer the run's weight penalty
 * @param trainingSize n, the training-set size the penalty is scaled by
 */
public record WeightPenalty(Regularizer regularizer, int trainingSize) {

  public WeightPenalty {
    Objects.requireNonNull(regularizer, "regularizer");
    if (trainingSize < 1) {
      throw new IllegalArgumentException("training size " + trainingSize + ": expected at least 1");
    }
  }

  /**
   * ‖∂P/∂W‖ / ‖∂C₀/∂W‖: the penalty's gradient against the data's (the rest of the mini-batch
   * gradient), 0 without a penalty, infinite when the data pull nothing.
   *
   * @param weights W
   * @param gradient ∂C/∂W of the last mini-batch, penalty included (as both backends report it)
   * @param work a scratch matrix, reshaped here
   */
  public double share(DMatrixRMaj weights, DMatrixRMaj gradient, DMatrixRMaj work) {
    work.reshape(weights.numRows, weights.numCols);
    work.zero();
    regularizer.addGradient(weights, trainingSize, work);
    double penalty = NormOps_DDRM.normF(work);
    if (penalty == 0) {
      return 0;
    }
    double data = 0;
    for (int i = 0; i < work.getNumElements(); i++) {
      double d = gradient.data[i] - work.data[i];
      data += d * d;
    }
    return penalty / Math.sqrt(data);
  }
}
