package dev.nnlab.network.regularize;

import dev.nnlab.core.model.Regularizer;
import dev.nnlab.core.plugin.Hyperparameters;
import dev.nnlab.core.plugin.PluginKinds;
import java.util.OptionalDouble;
import org.ejml.data.DMatrixRMaj;

/**
 * L2 weight decay as network2.py: penalty (λ/2n)·Σw², gradient (λ/n)·w. Added to the batch-mean
 * gradient g, one SGD step gives w ← (1 − ηλ/n)·w − η·g, network2's update rule.
 */
public record L2(double lambda) implements Regularizer {

  private static final L2Provider PROVIDER = new L2Provider();

  /** Refuses what the spec l2(...) refuses, with the same message. */
  public L2 {
    Hyperparameters.check(PluginKinds.REGULARIZER, PROVIDER, "lambda", lambda);
  }

  @Override
  public double penalty(DMatrixRMaj weights, int n) {
    double sum = 0;
    for (int i = 0; i < weights.getNumElements(); i++) {
      sum += weights.data[i] * weights.data[i];
    }
    return 0.5 * lambda / n * sum;
  }

  @Override
  public void addGradient(DMatrixRMaj weights, int n, DMatrixRMaj gradient) {
    double scale = lambda / n;
    for (int i = 0; i < weights.getNumElements(); i++) {
      gradient.data[i] += scale * weights.data[i];
    }
  }

  @Override
  public OptionalDouble l2WeightDecay() {
    return OptionalDouble.of(lambda);
  }
}
