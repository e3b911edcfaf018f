package dev.nnlab.tck;

import static org.assertj.core.api.Assertions.fail;

import dev.nnlab.core.activation.Activation;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;

/**
 * Checks {@link Activation#backward} against central finite differences of
 * {@link Activation#forward}, for the whole vector-Jacobian product: with upstream gradient g and
 * L(z) = Σ g ∘ f(z), each dL/dz_k from backward must match (L(z + h e_k) − L(z − h e_k)) / 2h. This
 * covers activations whose Jacobian is not diagonal (softmax).
 *
 * <p>Tolerance: relative error 1e-6, plus the rounding floor of the difference quotient (64 ulps of
 * the values differenced, divided by h). The step is h = 1e-5 · max(1, |z_k|).
 *
 * <p>Kinks: at a non-differentiable point (0 for relu, the corners of hard-tanh) less than h away
 * from z_k, the central difference straddles the kink and is not the derivative. The check knows no
 * kinks; it recognises one locally: a mismatch is excused only when the left and right one-sided
 * quotients differ from each other by at least as much as the mismatch. At a smooth point they
 * differ by about h·|L''|, far below any real error, so a wrong derivative is not excused. At most
 * 1 % of the points (and at least one) may be excused; kinks are isolated points, so more means
 * the activation is not piecewise smooth.
 */
final class ActivationGradientCheck {

  static final double RELATIVE_TOLERANCE = 1e-6;
  private static final double STEP = 1e-5;
  private static final double ROUNDING_ULPS = 64;

  private int checked;
  private int excused;

  /** Checks every entry of one batch; fails with the first mismatch found. */
  void check(String label, Activation activation, DMatrixRMaj z, DMatrixRMaj gradA) {
    int rows = z.numRows;
    int cols = z.numCols;
    DMatrixRMaj a = new DMatrixRMaj(rows, cols);
    DMatrixRMaj gradZ = new DMatrixRMaj(rows, cols);
    activation.forward(z, a);
    activation.backward(z, a, gradA, gradZ);
    DMatrixRMaj shifted = z.copy();
    DMatrixRMaj plus = new DMatrixRMaj(rows, cols);
    DMatrixRMaj minus = new DMatrixRMaj(rows, cols);
    for (int k = 0; k < z.data.length; k++) {
      double zk = z.data[k];
      double h = (zk + STEP * Math.max(1, Math.abs(zk))) - zk; // exactly representable step
      shifted.data[k] = zk + h;
      activation.forward(shifted, plus);
      shifted.data[k] = zk - h;
      activation.forward(shifted, minus);
      shifted.data[k] = zk;

      double rise = 0;
      double fall = 0;
      double magnitude = 0;
      for (int i = 0; i < a.data.length; i++) {
        double g = gradA.data[i];
        rise += g * (plus.data[i] - a.data[i]);
        fall += g * (a.data[i] - minus.data[i]);
        magnitude +=
            Math.abs(g) * Math.max(Math.abs(a.data[i]), Math.max(Math.abs(plus.data[i]), Math.abs(minus.data[i])));
      }
      double numeric = (rise + fall) / (2 * h);
      double analytic = gradZ.data[k];
      double rounding = ROUNDING_ULPS * Math.ulp(1.0) * magnitude / h;
      double mismatch = Math.abs(numeric - analytic);
      checked++;
      if (mismatch <= RELATIVE_TOLERANCE * Math.max(Math.abs(numeric), Math.abs(analytic)) + rounding) {
        continue;
      }
      double kinkSpread = Math.abs(rise - fall) / h;
      if (!Double.isNaN(analytic) && mismatch <= kinkSpread + rounding) {
        excused++;
        continue;
      }
      fail(
          String.format(
              Locale.ROOT,
              "%s: backward disagrees with central finite differences of forward at entry (%d, %d),"
                  + " z = %.17g: backward gives dL/dz = %.17g, finite differences %.17g (relative"
                  + " error %.3g > %.0e; one-sided quotients %.17g and %.17g, h = %.3g)",
              label, k / cols, k % cols, zk, analytic, numeric,
              mismatch / Math.max(Math.abs(numeric), Math.abs(analytic)), RELATIVE_TOLERANCE,
              fall / h, rise / h, h));
    }
  }

  /** Fails if more points were excused as kinks than isolated kinks can explain. */
  void requireFewKinks(String label) {
    int allowed = Math.max(1, checked / 100);
    if (excused > allowed) {
      fail(
          String.format(
              Locale.ROOT,
              "%s: backward disagreed with finite differences at %d of %d points where the function"
                  + " itself has a kink (left and right difference quotients differ); at most %d"
                  + " are expected for a piecewise-smooth activation",
              label, excused, checked, allowed));
    }
  }
}
