package dev.nnlab.activations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Checks erf and erfc against an independent 80-digit reference (series and continued fraction). */
class ErrorFunctionTest {

  private static final MathContext MC = new MathContext(80);
  private static final BigDecimal PI = pi();
  private static final BigDecimal TWO_OVER_SQRT_PI =
      BigDecimal.valueOf(2).divide(PI.sqrt(MC), MC);

  @Test
  void erfAndErfcAreAccurateTo1e15RelativeOnTheCentralRange() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 400; i++) {
      double x = i < 50 ? i / 8.0 : random.nextDouble(0, 6.125);
      BigDecimal erf = referenceErf(new BigDecimal(x));
      BigDecimal erfc = BigDecimal.ONE.subtract(erf, MC);
      assertRelative("erf", x, ErrorFunction.erf(x), erf.doubleValue());
      assertRelative("erf", -x, ErrorFunction.erf(-x), -erf.doubleValue());
      assertRelative("erfc", x, ErrorFunction.erfc(x), erfc.doubleValue());
      assertRelative("erfc", -x, ErrorFunction.erfc(-x), BigDecimal.valueOf(2).subtract(erfc, MC).doubleValue());
    }
  }

  @Test
  void erfcKeepsRelativeAccuracyInTheTail() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 40; i++) {
      double x = random.nextDouble(6.125, 26.5);
      assertRelative("erfc", x, ErrorFunction.erfc(x), referenceTailErfc(new BigDecimal(x)).doubleValue());
    }
  }

  @Test
  void erfIsAccurateNearZeroAndExactAtTheEnds() {
    for (double x : new double[] {1e-300, 1e-20, 1e-8, 3e-3}) {
      assertRelative("erf", x, ErrorFunction.erf(x), referenceErf(new BigDecimal(x)).doubleValue());
    }
    assertThat(ErrorFunction.erf(0)).isZero();
    assertThat(ErrorFunction.erfc(0)).isEqualTo(1);
    assertThat(ErrorFunction.erf(1e4)).isEqualTo(1);
    assertThat(ErrorFunction.erf(-1e4)).isEqualTo(-1);
    assertThat(ErrorFunction.erfc(1e4)).isZero();
    assertThat(ErrorFunction.erfc(-1e4)).isEqualTo(2);
    assertThat(ErrorFunction.erfc(Double.POSITIVE_INFINITY)).isZero();
    assertThat(ErrorFunction.erf(Double.NaN)).isNaN();
    assertThat(ErrorFunction.erfc(Double.NaN)).isNaN();
  }

  private static void assertRelative(String function, double x, double actual, double expected) {
    double error = expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
    assertThat(error).as("%s(%s): got %s, expected %s", function, x, actual, expected).isLessThanOrEqualTo(1e-15);
  }

  /** erf(x) = 2/sqrt(pi) exp(-x^2) sum 2^n x^(2n+1) / (2n+1)!!: positive terms, no cancellation. */
  private static BigDecimal referenceErf(BigDecimal x) {
    BigDecimal twoXSquared = x.multiply(x, MC).multiply(BigDecimal.valueOf(2), MC);
    BigDecimal term = x;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal negligible = new BigDecimal("1e-85");
    for (int n = 0; term.abs().compareTo(negligible.multiply(sum.abs().add(x.abs()), MC)) > 0 || n < 3; n++) {
      sum = sum.add(term, MC);
      term = term.multiply(twoXSquared, MC).divide(BigDecimal.valueOf(2L * n + 3), MC);
    }
    return TWO_OVER_SQRT_PI.multiply(expMinus(x.multiply(x, MC)), MC).multiply(sum, MC);
  }

  /** Laplace's continued fraction, 400 deep: converged to 60 digits from x = 6.125 on. */
  private static BigDecimal referenceTailErfc(BigDecimal x) {
    BigDecimal fraction = BigDecimal.ZERO;
    for (int k = 400; k >= 1; k--) {
      fraction = BigDecimal.valueOf(k).divide(BigDecimal.valueOf(2), MC).divide(x.add(fraction, MC), MC);
    }
    BigDecimal front = expMinus(x.multiply(x, MC)).divide(PI.sqrt(MC), MC);
    return front.divide(x.add(fraction, MC), MC);
  }

  /** exp(-y) for y >= 0: a Taylor series for exp(y / 2^20), squared 20 times, inverted. */
  private static BigDecimal expMinus(BigDecimal y) {
    MathContext wide = new MathContext(100);
    BigDecimal small = y.divide(BigDecimal.valueOf(1L << 20), wide);
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal term = BigDecimal.ONE;
    for (int n = 1; n < 40; n++) {
      term = term.multiply(small, wide).divide(BigDecimal.valueOf(n), wide);
      sum = sum.add(term, wide);
    }
    for (int i = 0; i < 20; i++) {
      sum = sum.multiply(sum, wide);
    }
    return BigDecimal.ONE.divide(sum, MC);
  }

  /** Machin: pi = 16 atan(1/5) - 4 atan(1/239). */
  private static BigDecimal pi() {
    return atanOfInverse(5).multiply(BigDecimal.valueOf(16)).subtract(atanOfInverse(239).multiply(BigDecimal.valueOf(4)), MC);
  }

  private static BigDecimal atanOfInverse(int n) {
    MathContext wide = new MathContext(100);
    BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), wide);
    BigDecimal xSquared = x.multiply(x, wide);
    BigDecimal power = x;
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = 0; k < 200; k++) {
      BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), wide);
      sum = k % 2 == 0 ? sum.add(term, wide) : sum.subtract(term, wide);
      power = power.multiply(xSquared, wide);
    }
    return sum;
  }
}
