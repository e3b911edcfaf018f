package dev.nnlab.cli.charts;

import java.util.Locale;

/**
 * Counts of values in equal-width bins over [low, high]; values outside are clamped into the end
 * bins so that nothing drawn disappears from the picture.
 *
 * @param low left edge of the first bin
 * @param high right edge of the last bin
 * @param counts one count per bin
 */
public record Histogram(double low, double high, long[] counts) {

  /** Bins {@code values} over their own range (a degenerate range is widened by ±0.5). */
  public static Histogram of(double[] values, int bins) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double value : values) {
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    if (values.length == 0) {
      min = 0;
      max = 1;
    } else if (min == max) {
      min -= 0.5;
      max += 0.5;
    }
    return of(values, bins, min, max);
  }

  /** Bins {@code values} over [low, high]. */
  public static Histogram of(double[] values, int bins, double low, double high) {
    if (bins < 1) {
      throw new IllegalArgumentException("a histogram needs at least 1 bin, got " + bins);
    }
    if (!(low < high)) {
      throw new IllegalArgumentException("histogram range [" + low + ", " + high + "] is empty");
    }
    long[] counts = new long[bins];
    double width = (high - low) / bins;
    for (double value : values) {
      int bin = (int) Math.floor((value - low) / width);
      counts[Math.max(0, Math.min(bins - 1, bin))]++;
    }
    return new Histogram(low, high, counts);
  }

  public int bins() {
    return counts.length;
  }

  public double binWidth() {
    return (high - low) / counts.length;
  }

  /** The centre of bin {@code i}. */
  public double centre(int i) {
    return low + (i + 0.5) * binWidth();
  }

  /** Rows of {@code [lo, hi) count █████}, the longest bar {@code width} characters. */
  public String render(int width) {
    long max = 1;
    for (long count : counts) {
      max = Math.max(max, count);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < counts.length; i++) {
      double from = low + i * binWidth();
      int bar = (int) Math.round((double) counts[i] * width / max);
      out.append(String.format(Locale.ROOT, "  [%10.4g, %10.4g) %8d ", from, from + binWidth(), counts[i]))
          .append("█".repeat(bar))
          .append(counts[i] > 0 && bar == 0 ? "▏" : "")
          .append('\n');
    }
    return out.toString();
  }
}
