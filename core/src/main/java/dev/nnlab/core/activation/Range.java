package dev.nnlab.core.activation;

/**
 * The set of values an activation can output.
 *
 * @param lower the infimum ({@code -Infinity} if unbounded)
 * @param upper the supremum ({@code +Infinity} if unbounded)
 */
public record Range(double lower, double upper) {

  public static final Range REAL = new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

  public Range {
    if (!(lower <= upper)) {
      throw new IllegalArgumentException("range lower " + lower + " exceeds upper " + upper);
    }
  }

  /** Whether {@code value} lies within [lower, upper]. */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  @Override
  public String toString() {
    return "[" + lower + ", " + upper + "]";
  }
}
