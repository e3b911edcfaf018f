package dev.nnlab.network.diagnostics;

import java.util.Arrays;

/**
 * Counts of values in {@code bins} equal-width bins spanning [lower, upper] (the last bin includes
 * upper). Non-finite values are counted apart.
 *
 * @param lower left edge of the first bin
 * @param upper right edge of the last bin
 * @param counts one count per bin; a defensive copy is kept and returned
 * @param nonFinite how many NaN or infinite values were seen
 */
public record Histogram(double lower, double upper, long[] counts, long nonFinite) {

  public Histogram {
    if (counts.length == 0) {
      throw new IllegalArgumentException("a histogram needs at least one bin");
    }
    if (!(lower <= upper)) {
      throw new IllegalArgumentException("histogram lower " + lower + " exceeds upper " + upper);
    }
    counts = counts.clone();
  }

  /**
   * A histogram of the first {@code n} entries of {@code values} over their own range (a range of
   * width zero puts everything in the middle bin).
   */
  public static Histogram of(double[] values, int n, int bins) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (Double.isFinite(values[i])) {
        min = Math.min(min, values[i]);
        max = Math.max(max, values[i]);
      }
    }
    if (min > max) {
      min = 0;
      max = 0;
    }
    return of(values, n, min, max, bins);
  }

  /** A histogram over fixed edges; values outside [lower, upper] go to the first or last bin. */
  public static Histogram of(double[] values, int n, double lower, double upper, int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be >= 1, got " + bins);
    }
    long[] counts = new long[bins];
    long nonFinite = 0;
    double width = (upper - lower) / bins;
    for (int i = 0; i < n; i++) {
      double v = values[i];
      if (!Double.isFinite(v)) {
        nonFinite++;
        continue;
      }
      int bin = width > 0 ? (int) Math.floor((v - lower) / width) : bins / 2;
      counts[Math.max(0, Math.min(bins - 1, bin))]++;
    }
    return new Histogram(lower, upper, counts, nonFinite);
  }

  @Override
  public long[] counts() {
    return counts.clone();
  }

  public int bins() {
    return counts.length;
  }

  /** The left edge of bin {@code i}. */
  public double edge(int i) {
    return lower + (upper - lower) * i / counts.length;
  }

  /** Sum of all bin counts (finite values). */
  public long total() {
    return Arrays.stream(counts).sum();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Histogram h
        && h.lower == lower
        && h.upper == upper
        && h.nonFinite == nonFinite
        && Arrays.equals(h.counts, counts);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(lower) * 31 + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "histogram [" + lower + ", " + upper + "] " + Arrays.toString(counts)
        + (nonFinite > 0 ? " + " + nonFinite + " non-finite" : "");
  }
}
