package dev.nnlab.activations;

import java.util.Arrays;

/**
 * The error function and its complement to about 1e-16 relative accuracy, for the exact GELU (the
 * JDK has no {@code erf}).
 *
 * <p>Method: on [0, 6.125] a Taylor expansion of erfc around the nearest multiple of 1/4, whose
 * coefficients follow from the derivatives {@code erfc^(n+1)(c) = -(2/sqrt(pi)) (-1)^n H_n(c)
 * exp(-c^2)} (H_n the physicists' Hermite polynomials, by their three-term recurrence) and whose
 * constant terms erfc(k/4) were computed once with 80-digit decimal arithmetic. Because each
 * expansion is about its own centre, erfc keeps its <em>relative</em> accuracy far into the tail,
 * which the exact GELU needs for negative inputs. Beyond 6.125, Laplace's continued fraction
 * {@code erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))} converges in a
 * few dozen terms. {@code exp(-x^2)} is split as {@code exp(-s^2) exp(-(x-s)(x+s))} with s = x
 * rounded to 24 bits, so that rounding x^2 costs no accuracy. Errors are checked against an
 * arbitrary-precision series in the tests.
 */
final class ErrorFunction {

  private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
  private static final double ONE_OVER_SQRT_PI = 0.5641895835477563;
  private static final double STEP = 0.25;
  private static final double TAYLOR_LIMIT = 6.125;
  /** erfc(x) is below the smallest subnormal double beyond this. */
  private static final double UNDERFLOW = 27.3;
  private static final int CONTINUED_FRACTION_TERMS = 60;
  private static final int MAX_TAYLOR_TERMS = 40;

  /** erfc(k/4) for k = 0..24, each correctly rounded from 80-digit decimal arithmetic. */
  private static final double[] ERFC_AT_CENTRE = {
    1.0,
    0.7236736098317631,
    0.4795001221869535,
    0.28884436634648486,
    0.15729920705028513,
    0.07709987174354177,
    0.033894853524689274,
    0.013328328780817557,
    0.004677734981047266,
    0.0014627165866811518,
    0.0004069520174449589,
    0.00010062192211963683,
    2.209049699858544e-05,
    4.302779463675122e-06,
    7.430983723414128e-07,
    1.1372725656979665e-07,
    1.541725790028002e-08,
    1.8505741373867425e-09,
    1.9661604415428876e-10,
    1.8485047721485312e-11,
    1.537459794428035e-12,
    1.1310313266887154e-13,
    7.357847917974398e-15,
    4.232136617425738e-16,
    2.1519736712498913e-17,
  };

  /** TAYLOR[k][n-1] = erfc^(n)(k/4) / n!, for n = 1..length. */
  private static final double[][] TAYLOR = taylorCoefficients();

  private ErrorFunction() {}

  /** erf(x). */
  static double erf(double x) {
    double magnitude = Math.abs(x);
    double result;
    if (magnitude <= TAYLOR_LIMIT) {
      // erf = (1 - erfc(c)) - (erfc expansion without its constant): 1 - erfc(c) is exact or
      // nearly so, and at c = 0 it vanishes, so erf keeps its relative accuracy near zero.
      int centre = (int) Math.rint(magnitude / STEP);
      result = (1 - ERFC_AT_CENTRE[centre]) - polynomial(TAYLOR[centre], magnitude - centre * STEP);
    } else {
      result = 1 - erfcOfNonNegative(magnitude);
    }
    return x < 0 ? -result : result;
  }

  /** erfc(x) = 1 - erf(x), accurate relative to itself also where it is tiny. */
  static double erfc(double x) {
    if (x >= 0) {
      return erfcOfNonNegative(x);
    }
    return x < 0 ? 2 - erfcOfNonNegative(-x) : x; // x is NaN here
  }

  private static double erfcOfNonNegative(double x) {
    if (x <= TAYLOR_LIMIT) {
      int centre = (int) Math.rint(x / STEP);
      double t = x - centre * STEP;
      return ERFC_AT_CENTRE[centre] + polynomial(TAYLOR[centre], t);
    }
    if (x >= UNDERFLOW) {
      return 0;
    }
    double fraction = 0;
    for (int k = CONTINUED_FRACTION_TERMS; k >= 1; k--) {
      fraction = (k * 0.5) / (x + fraction);
    }
    return expMinusSquare(x) * ONE_OVER_SQRT_PI / (x + fraction);
  }

  /** exp(-x^2) without the error of rounding x^2. */
  static double expMinusSquare(double x) {
    double s = (float) x;
    return Math.exp(-s * s) * Math.exp(-(x - s) * (x + s));
  }

  /** sum_{n>=1} coefficients[n-1] t^n, by Horner's rule. */
  private static double polynomial(double[] coefficients, double t) {
    double sum = 0;
    for (int n = coefficients.length - 1; n >= 0; n--) {
      sum = Math.fma(sum, t, coefficients[n]);
    }
    return sum * t;
  }

  private static double[][] taylorCoefficients() {
    double[][] table = new double[ERFC_AT_CENTRE.length][];
    double reach = STEP / 2;
    for (int k = 0; k < table.length; k++) {
      double c = k * STEP;
      double scale = -TWO_OVER_SQRT_PI * expMinusSquare(c);
      double smallest = Math.scalb(ERFC_AT_CENTRE[Math.min(k + 1, table.length - 1)], -60);
      double[] coefficients = new double[MAX_TAYLOR_TERMS];
      double previousHermite = 0;
      double hermite = 1; // H_0
      double factorial = 1;
      int used = 0;
      for (int n = 1; n <= MAX_TAYLOR_TERMS; n++) {
        factorial *= n;
        // erfc^(n)(c)/n! = -(2/sqrt(pi)) exp(-c^2) (-1)^(n-1) H_(n-1)(c) / n!
        double sign = (n % 2 == 1) ? 1 : -1;
        coefficients[n - 1] = scale * sign * hermite / factorial;
        used = n;
        // Two small terms in a row: one alone may just sit near a root of H_(n-1).
        if (n > 2
            && Math.abs(coefficients[n - 1]) * Math.pow(reach, n) < smallest
            && Math.abs(coefficients[n - 2]) * Math.pow(reach, n - 1) < smallest) {
          break;
        }
        double next = 2 * c * hermite - 2 * (n - 1) * previousHermite;
        previousHermite = hermite;
        hermite = next;
      }
      table[k] = Arrays.copyOf(coefficients, used);
    }
    return table;
  }
}
