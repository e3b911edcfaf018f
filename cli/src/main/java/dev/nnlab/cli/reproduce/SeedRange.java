package dev.nnlab.cli.reproduce;

import java.util.List;
import java.util.Locale;

/**
 * The tolerance for a published number from a single run (Nielsen ran each experiment once): the
 * published figure must lie within our range over the seeds, widened by a margin. The range is
 * the spread a rerun with another seed shows; the margin allows for a few seeds not covering the
 * tails. The margin is absolute (in the quantity's unit) or a factor (for quantities that vary
 * over orders of magnitude).
 *
 * @param margin the widening: added and subtracted, or multiplied and divided by
 * @param factor whether {@code margin} is a factor (> 1) rather than an absolute amount (≥ 0)
 */
public record SeedRange(double margin, boolean factor) {

  public SeedRange {
    if (factor ? !(margin >= 1) : !(margin >= 0)) {
      throw new IllegalArgumentException(
          "a seed-range margin must be " + (factor ? "a factor >= 1" : ">= 0") + ", got " + margin);
    }
  }

  /** [min − margin, max + margin]. */
  public static SeedRange plusMinus(double margin) {
    return new SeedRange(margin, false);
  }

  /** [min / margin, max · margin]. */
  public static SeedRange timesOrDividedBy(double margin) {
    return new SeedRange(margin, true);
  }

  /** Judges {@code published} against {@code values}. */
  public Check judge(String quantity, double published, List<Double> values) {
    return judge(quantity, format(published), published, published, values);
  }

  /**
   * Judges a published interval [{@code low}, {@code high}] (a figure read off a plot): it passes
   * when the interval overlaps our widened range.
   */
  public Check judge(String quantity, String publishedText, double low, double high, List<Double> values) {
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    double from = factor ? min / margin : min - margin;
    double to = factor ? max * margin : max + margin;
    String rule = factor
        ? String.format(Locale.ROOT, "published within our seed range ×÷ %s: [%s, %s]", format(margin), format(from), format(to))
        : String.format(Locale.ROOT, "published within our seed range ± %s: [%s, %s]", format(margin), format(from), format(to));
    return new Check(Check.Kind.FIGURE, quantity, publishedText, values, rule, high >= from && low <= to);
  }

  /** Four significant digits, no trailing exponent noise. */
  static String format(double value) {
    return String.format(Locale.ROOT, "%.4g", value).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
  }
}
