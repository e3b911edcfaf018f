package dev.nnlab.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** The properties every activation must have, one method each; see {@link ActivationConformance}. */
final class ActivationChecks {

  /** Two results of the same computation may differ by this many ulps (fused or vectorised code). */
  private static final int ULPS = 4;

  private ActivationChecks() {}

  static void gainIsPositive(String label, Activation activation) {
    assertThat(activation.gain())
        .as("%s: gain() must be finite and > 0", label)
        .isFinite()
        .isGreaterThan(0);
  }

  static void backwardMatchesFiniteDifferences(String label, Activation activation) {
    SplittableRandom random = ActivationSamples.random(label);
    ActivationGradientCheck check = new ActivationGradientCheck();
    for (DMatrixRMaj z : ActivationSamples.randomBatches(random)) {
      check.check(label, activation, z, ActivationSamples.upstream(z.numRows, z.numCols, random));
    }
    check.requireFewKinks(label);
  }

  static void stableAtExtremes(String label, Activation activation) {
    SplittableRandom random = ActivationSamples.random(label);
    for (DMatrixRMaj z : ActivationSamples.extremeBatches()) {
      DMatrixRMaj a = forward(activation, z);
      requireFinite(label, "forward", z, a);
      DMatrixRMaj gradZ = backward(activation, z, a, ActivationSamples.upstream(z.numRows, z.numCols, random));
      requireFinite(label, "backward", z, gradZ);
    }
  }

  static void outputsWithinRange(String label, Activation activation) {
    Range range = activation.range();
    List<DMatrixRMaj> inputs = new ArrayList<>(ActivationSamples.extremeBatches());
    inputs.addAll(ActivationSamples.randomBatches(ActivationSamples.random(label)));
    for (DMatrixRMaj z : inputs) {
      DMatrixRMaj a = forward(activation, z);
      for (int i = 0; i < a.data.length; i++) {
        if (!range.contains(a.data[i])) {
          fail(String.format(Locale.ROOT, "%s: f(%.17g) = %.17g lies outside the declared range %s",
              label, z.data[i], a.data[i], range));
        }
      }
    }
  }

  static void inputsUnchanged(String label, Activation activation) {
    SplittableRandom random = ActivationSamples.random(label);
    for (DMatrixRMaj z : ActivationSamples.randomBatches(random)) {
      DMatrixRMaj zBefore = z.copy();
      DMatrixRMaj a = forward(activation, z);
      Counterexample.requireSame(label + ": forward must not modify z", zBefore.data, z.data, z.numCols);
      DMatrixRMaj aBefore = a.copy();
      DMatrixRMaj gradA = ActivationSamples.upstream(z.numRows, z.numCols, random);
      DMatrixRMaj gradABefore = gradA.copy();
      backward(activation, z, a, gradA);
      Counterexample.requireSame(label + ": backward must not modify z", zBefore.data, z.data, z.numCols);
      Counterexample.requireSame(label + ": backward must not modify a", aBefore.data, a.data, a.numCols);
      Counterexample.requireSame(label + ": backward must not modify gradA", gradABefore.data, gradA.data, gradA.numCols);
    }
  }

  /** Outputs are overwritten, not accumulated into: stale buffers (reused per batch) must not leak. */
  static void outputsIgnoreStaleContents(String label, Activation activation) {
    SplittableRandom random = ActivationSamples.random(label);
    for (DMatrixRMaj z : ActivationSamples.randomBatches(random)) {
      DMatrixRMaj clean = forward(activation, z);
      DMatrixRMaj stale = filled(z, Double.NaN);
      activation.forward(z, stale);
      Counterexample.requireSame(label + ": forward into a buffer holding NaN", clean.data, stale.data, stale.numCols);
      DMatrixRMaj gradA = ActivationSamples.upstream(z.numRows, z.numCols, random);
      DMatrixRMaj cleanGrad = backward(activation, z, clean, gradA);
      DMatrixRMaj staleGrad = filled(z, 1e300);
      activation.backward(z, clean, gradA, staleGrad);
      Counterexample.requireSame(label + ": backward into a buffer holding 1e300", cleanGrad.data, staleGrad.data, staleGrad.numCols);
    }
  }

  /** One row per sample: a row's outputs and gradients depend on that row alone. */
  static void rowsAreIndependent(String label, Activation activation) {
    SplittableRandom random = ActivationSamples.random(label);
    DMatrixRMaj z = ActivationSamples.gaussian(5, 6, 2.5, random);
    DMatrixRMaj gradA = ActivationSamples.upstream(5, 6, random);
    DMatrixRMaj a = forward(activation, z);
    DMatrixRMaj gradZ = backward(activation, z, a, gradA);
    for (int r = 0; r < z.numRows; r++) {
      DMatrixRMaj zRow = row(z, r);
      DMatrixRMaj aRow = forward(activation, zRow);
      DMatrixRMaj gradZRow = backward(activation, zRow, aRow, row(gradA, r));
      requireClose(label + ": forward of row " + r + " alone vs within the batch", zRow, aRow, row(a, r));
      requireClose(label + ": backward of row " + r + " alone vs within the batch", zRow, gradZRow, row(gradZ, r));
    }
  }

  static void elementwiseForwardMatchesValue(String label, ElementwiseActivation activation) {
    for (DMatrixRMaj z : allInputs(label)) {
      DMatrixRMaj a = forward(activation, z);
      DMatrixRMaj expected = z.createLike();
      for (int i = 0; i < z.data.length; i++) {
        expected.data[i] = activation.value(z.data[i]);
      }
      requireClose(label + ": forward vs value()", z, a, expected);
    }
  }

  static void elementwiseBackwardMatchesDerivative(String label, ElementwiseActivation activation) {
    SplittableRandom random = ActivationSamples.random(label);
    for (DMatrixRMaj z : allInputs(label)) {
      DMatrixRMaj a = forward(activation, z);
      DMatrixRMaj gradA = ActivationSamples.upstream(z.numRows, z.numCols, random);
      DMatrixRMaj gradZ = backward(activation, z, a, gradA);
      DMatrixRMaj expected = z.createLike();
      for (int i = 0; i < z.data.length; i++) {
        expected.data[i] = gradA.data[i] * activation.derivative(z.data[i], a.data[i]);
      }
      requireClose(label + ": backward vs gradA * derivative(z, a)", z, gradZ, expected);
    }
  }

  /** For activations named softmax: each row is a probability distribution. */
  static void rowsSumToOne(String label, Activation activation) {
    for (DMatrixRMaj z : allInputs(label)) {
      DMatrixRMaj a = forward(activation, z);
      for (int r = 0; r < a.numRows; r++) {
        double sum = 0;
        for (int c = 0; c < a.numCols; c++) {
          sum += a.get(r, c);
        }
        assertThat(sum)
            .as("%s: row %d of %s sums to %s", label, r, Arrays.toString(row(z, r).data), sum)
            .isCloseTo(1, org.assertj.core.data.Offset.offset(1e-12 * a.numCols));
      }
    }
  }

  private static List<DMatrixRMaj> allInputs(String label) {
    List<DMatrixRMaj> inputs = new ArrayList<>(ActivationSamples.randomBatches(ActivationSamples.random(label)));
    inputs.addAll(ActivationSamples.extremeBatches());
    return inputs;
  }

  private static DMatrixRMaj forward(Activation activation, DMatrixRMaj z) {
    DMatrixRMaj a = z.createLike();
    activation.forward(z, a);
    return a;
  }

  private static DMatrixRMaj backward(Activation activation, DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA) {
    DMatrixRMaj gradZ = z.createLike();
    activation.backward(z, a, gradA, gradZ);
    return gradZ;
  }

  private static DMatrixRMaj filled(DMatrixRMaj like, double value) {
    DMatrixRMaj m = like.createLike();
    Arrays.fill(m.data, value);
    return m;
  }

  private static DMatrixRMaj row(DMatrixRMaj m, int r) {
    DMatrixRMaj row = new DMatrixRMaj(1, m.numCols);
    System.arraycopy(m.data, r * m.numCols, row.data, 0, m.numCols);
    return row;
  }

  private static void requireFinite(String label, String what, DMatrixRMaj z, DMatrixRMaj out) {
    for (int i = 0; i < out.data.length; i++) {
      if (!Double.isFinite(out.data[i])) {
        fail(String.format(Locale.ROOT, "%s: %s gives %s at z = %s (row %s)", label, what, out.data[i],
            z.data[i], Arrays.toString(row(z, i / z.numCols).data)));
      }
    }
  }

  private static void requireClose(String what, DMatrixRMaj z, DMatrixRMaj actual, DMatrixRMaj expected) {
    for (int i = 0; i < actual.data.length; i++) {
      double x = actual.data[i];
      double y = expected.data[i];
      boolean same = x == y || (Double.isNaN(x) && Double.isNaN(y))
          || Math.abs(x - y) <= ULPS * Math.ulp(Math.max(Math.abs(x), Math.abs(y)));
      if (!same) {
        fail(String.format(Locale.ROOT, "%s: %.17g != %.17g at z = %.17g (more than %d ulps apart)",
            what, x, y, z.data[i], ULPS));
      }
    }
  }
}
