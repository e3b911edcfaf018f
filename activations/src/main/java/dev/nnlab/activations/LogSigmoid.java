package dev.nnlab.activations;

import dev.nnlab.core.activation.Range;

/**
 * ln σ(z), evaluated as −softplus(−z) = min(z, 0) − log1p(e^−|z|): neither ln of a sigmoid that has
 * rounded to 0 (−∞ below z ≈ −745) nor of one that has rounded to 1 (0 above z ≈ 37).
 */
final class LogSigmoid extends SecondMomentActivation {

  private static final Range RANGE = new Range(Double.NEGATIVE_INFINITY, 0);

  static final LogSigmoid INSTANCE = new LogSigmoid();

  private LogSigmoid() {
    super(LogSigmoid::logSigmoid, RANGE, "log-sigmoid");
  }

  private static double logSigmoid(double z) {
    return -Softplus.softplus(-z);
  }

  @Override
  public double value(double z) {
    return logSigmoid(z);
  }

  /** σ(−z), which keeps its tiny values for large z (1 − σ(z) would round them to 0). */
  @Override
  public double derivative(double z, double a) {
    return Sigmoid.logistic(-z);
  }
}
