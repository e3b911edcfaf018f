package dev.nnlab.tck;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.model.Parameter;
import org.ejml.data.DMatrixRMaj;

/**
 * Checks a layer's backward pass against central finite differences of its forward pass, for the
 * input gradient and every trainable parameter's gradient. With upstream gradient g and
 * C(x, θ) = Σ g ∘ forward(x; θ), each ∂C/∂x_k and ∂C/∂θ_k must match
 * (C(… + h e_k …) − C(… − h e_k …)) / 2h. Every forward pass of one check draws from identically
 * seeded generators, so dropout keeps one mask.
 *
 * <p>Tolerance and kinks as in {@link ActivationGradientCheck}: relative error 1e-6 plus the
 * rounding floor of the quotient; a mismatch is excused as a kink (a max-pool tie, prelu at 0)
 * only where the one-sided quotients differ by as much, at most 1 % of the points.
 */
final class LayerGradientCheck {

  private static final double RELATIVE_TOLERANCE = 1e-6;
  private static final double STEP = 1e-5;
  private static final double ROUNDING_ULPS = 64;

  private final LayerSubject subject;
  private final Mode mode;
  private final String property;
  private int checked;
  private int excused;
  private double[] base;

  private LayerGradientCheck(LayerSubject subject, Mode mode, String property) {
    this.subject = subject;
    this.mode = mode;
    this.property = property;
  }

  static void check(LayerSubject subject, Mode mode, String property) {
    new LayerGradientCheck(subject, mode, property).run();
  }

  private void run() {
    Layer layer = mode == Mode.TRAINING ? subject.build() : subject.trained();
    DMatrixRMaj x = subject.inputs(LayerSubject.BATCH, 0);
    DMatrixRMaj g = subject.upstream(LayerSubject.BATCH);
    LayerSubject.forward(layer, x, mode, LayerSubject.DROPOUT_SEED);
    DMatrixRMaj gradX = new DMatrixRMaj(1, 1);
    layer.backward(g, false, gradX);
    if (gradX.numRows != x.numRows || gradX.numCols != x.numCols) {
      subject.fails(property, "∂C/∂input is %d×%d, expected %d×%d", gradX.numRows, gradX.numCols, x.numRows, x.numCols);
    }
    base = cost(layer, x, g);
    java.util.List<DMatrixRMaj> analytic = new java.util.ArrayList<>();
    for (Parameter p : layer.parameters()) {
      analytic.add(p.gradient().copy());
    }
    for (int k = 0; k < x.getNumElements(); k++) {
      compare(layer, x, g, x.data, k, gradX.data[k], "∂C/∂input" + LayerSubject.at(x, k));
    }
    for (int i = 0; i < layer.parameters().size(); i++) {
      Parameter p = layer.parameters().get(i);
      if (!p.role().trainable()) {
        continue;
      }
      for (int k = 0; k < p.size(); k++) {
        compare(layer, x, g, p.value().data, k, analytic.get(i).data[k], "∂C/∂" + p.name() + LayerSubject.at(p.value(), k));
      }
    }
    int allowed = Math.max(1, checked / 100);
    if (excused > allowed) {
      subject.fails(property, "%d of %d entries disagree where the one-sided quotients differ (kinks); at most %d expected",
          excused, checked, allowed);
    }
  }

  private void compare(Layer layer, DMatrixRMaj x, DMatrixRMaj g, double[] values, int k, double analytic, String what) {
    double original = values[k];
    double h = (original + STEP * Math.max(1, Math.abs(original))) - original;
    values[k] = original + h;
    double[] plus = cost(layer, x, g);
    values[k] = original - h;
    double[] minus = cost(layer, x, g);
    values[k] = original;
    double rise = plus[0] - base[0];
    double fall = base[0] - minus[0];
    double numeric = (rise + fall) / (2 * h);
    double magnitude = Math.max(base[1], Math.max(plus[1], minus[1]));
    double rounding = ROUNDING_ULPS * Math.ulp(1.0) * magnitude / h;
    double mismatch = Math.abs(numeric - analytic);
    checked++;
    if (mismatch <= RELATIVE_TOLERANCE * Math.max(Math.abs(numeric), Math.abs(analytic)) + rounding) {
      return;
    }
    if (!Double.isNaN(analytic) && mismatch <= Math.abs(rise - fall) / h + rounding) {
      excused++;
      return;
    }
    subject.fails(property, "%s: backward gives %.10g, finite differences %.10g (relative error %.2g > %.0e, h = %.2g)",
        what, analytic, numeric, mismatch / Math.max(Math.abs(numeric), Math.abs(analytic)), RELATIVE_TOLERANCE, h);
  }

  /** {Σ g ∘ forward, Σ |g ∘ forward|}. */
  private double[] cost(Layer layer, DMatrixRMaj x, DMatrixRMaj g) {
    DMatrixRMaj out = LayerSubject.forward(layer, x, mode, LayerSubject.DROPOUT_SEED);
    double sum = 0;
    double magnitude = 0;
    for (int i = 0; i < out.getNumElements(); i++) {
      sum += g.data[i] * out.data[i];
      magnitude += Math.abs(g.data[i] * out.data[i]);
    }
    return new double[] {sum, magnitude};
  }
}
