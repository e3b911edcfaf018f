package dev.nnlab.network.regularize;

import dev.nnlab.core.model.Regularizer;
import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;

/** No penalty: network.py's setting. */
public final class NoRegularizer implements Regularizer {

  public static final NoRegularizer INSTANCE = new NoRegularizer();

  private NoRegularizer() {}

  @Override
  public double penalty(DMatrixRMaj weights, int n) {
    return 0;
  }

  @Override
  public void addGradient(DMatrixRMaj weights, int n, DMatrixRMaj gradient) {
    // nothing to add
  }

  @Override
  public String toString() {
    return "none";
  }

  /** No penalty is L2 weight decay with λ = 0. */
  @Override
  public OptionalDouble l2WeightDecay() {
    return OptionalDouble.of(0);
  }
}
