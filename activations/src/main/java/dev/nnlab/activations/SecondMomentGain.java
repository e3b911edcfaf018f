package dev.nnlab.activations;

import java.util.function.DoubleUnaryOperator;

/**
 * The gain rule for activations PyTorch's {@code calculate_gain} does not cover:
 * {@code gain = 1 / sqrt(E[f(z)^2])} for {@code z ~ N(0, 1)}.
 *
 * <p>Why: in He et al.'s derivation a layer keeps the variance of its pre-activations when
 * {@code fan_in * Var(w) * E[f(z)^2] = Var(z)}; with unit-variance inputs that is
 * {@code Var(w) = gain^2 / fan_in} for this gain. The rule reproduces PyTorch's relu (sqrt 2),
 * leaky-relu (sqrt(2/(1+slope^2))) and identity (1) exactly, and gives 1 for selu, the property
 * that defines selu's constants. (PyTorch's tanh 5/3, sigmoid 1 and selu 3/4 are heuristics and
 * are kept for those three.)
 *
 * <p>The expectation is integrated with composite Simpson's rule on [-16, 16] in steps of 1/512:
 * every kink of the stock activations (0, ±1, ±2.5, ±3) is a panel boundary, so each panel
 * integrates a smooth function.
 */
final class SecondMomentGain {

  private static final double LIMIT = 16;
  private static final int INTERVALS = 16_384;
  private static final double INV_SQRT_2PI = 0.3989422804014327;

  private SecondMomentGain() {}

  /** 1 / sqrt(E[f(z)^2]) for a standard normal z. */
  static double of(DoubleUnaryOperator f) {
    double h = 2 * LIMIT / INTERVALS;
    double sum = 0;
    for (int i = 0; i <= INTERVALS; i++) {
      double z = -LIMIT + i * h;
      double weight = (i == 0 || i == INTERVALS) ? 1 : (i % 2 == 1 ? 4 : 2);
      double value = f.applyAsDouble(z);
      sum += weight * value * value * Math.exp(-0.5 * z * z);
    }
    double secondMoment = sum * h / 3 * INV_SQRT_2PI;
    return 1 / Math.sqrt(secondMoment);
  }
}
