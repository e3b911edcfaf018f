package dev.nnlab.initializers;

import java.util.Locale;

/** How formulas show numbers: four significant digits, no trailing zeros. */
final class Numbers {

  private static final double SQRT2 = Math.sqrt(2);

  private Numbers() {}

  static String show(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e6) {
      return Long.toString((long) value);
    }
    String text = String.format(Locale.ROOT, "%.4g", value);
    int exponent = text.indexOf('e');
    String mantissa = exponent < 0 ? text : text.substring(0, exponent);
    String suffix = exponent < 0 ? "" : text.substring(exponent);
    if (mantissa.contains(".")) {
      mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return mantissa + suffix;
  }

  /** {@code expression} multiplied by the square of {@code gain}: {@code 2·6/(784+30)}. */
  static String gainSquaredTimes(double gain, String expression) {
    return gain == 1 ? expression : gainSquared(gain) + "·" + expression;
  }

  /** The square of {@code gain} over {@code denominator}: {@code 2/784}, {@code 1/784}. */
  static String gainSquaredOver(double gain, String denominator) {
    return (gain == 1 ? "1" : gainSquared(gain)) + "/" + denominator;
  }

  /** {@code 2} for sqrt(2) (He's default, so exact), otherwise {@code 1.5²}. */
  private static String gainSquared(double gain) {
    if (Math.abs(gain - SQRT2) < 1e-12) {
      return "2";
    }
    return show(gain) + "²";
  }
}
