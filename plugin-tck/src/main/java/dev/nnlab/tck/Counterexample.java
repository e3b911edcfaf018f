package dev.nnlab.tck;

import java.util.Locale;
import org.opentest4j.AssertionFailedError;

/**
 * Compares two fills or outputs and reports the first entry that differs, with its row and column
 * and how many entries differ in all: a counterexample a plugin author can act on, never the
 * arrays themselves.
 */
final class Counterexample {

  private Counterexample() {}

  /**
   * @param what what the second array should match, e.g. {@code a second fill with the same seed}
   * @param cols the row length, to name an entry by row and column
   */
  static void requireSame(String what, double[] expected, double[] actual, int cols) {
    if (expected.length != actual.length) {
      throw new AssertionFailedError(what + ": " + actual.length + " entries, expected " + expected.length);
    }
    int first = -1;
    int differing = 0;
    for (int i = 0; i < expected.length; i++) {
      if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
        differing++;
        first = first < 0 ? i : first;
      }
    }
    if (differing > 0) {
      throw new AssertionFailedError(String.format(Locale.ROOT,
          "%s: entry (%d, %d) is %s, expected %s (%d of %d entries differ)", what, first / cols,
          first % cols, actual[first], expected[first], differing, expected.length));
    }
  }

  /** The first entry that is not finite, or -1. */
  static int firstNonFinite(double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        return i;
      }
    }
    return -1;
  }
}
