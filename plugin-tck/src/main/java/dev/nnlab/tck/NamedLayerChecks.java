package dev.nnlab.tck;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.plugin.Spec;
import org.ejml.data.DMatrixRMaj;

/**
 * The semantics the names {@code dropout} and {@code batch-norm} promise (PyTorch's), checked on
 * whatever plugin owns the name; the parameters are read from the canonical spec.
 */
final class NamedLayerChecks {

  static final String DROPOUT = "dropout: identity in inference, inverted dropout in training";
  static final String BATCH_NORM = "batch-norm: batch statistics in training, PyTorch's running statistics in inference";

  /** Enough values that the dropped fraction is measured to about ±0.4 % (one standard error). */
  private static final int DROPOUT_BATCH = 400;

  private NamedLayerChecks() {}

  static void dropout(LayerSubject s, String canonical) {
    double rate = Double.parseDouble(Spec.parse(canonical).arguments().get("rate"));
    Layer layer = s.build();
    DMatrixRMaj x = s.inputs(DROPOUT_BATCH, 4);
    s.requireClose(DROPOUT, "the inference output", LayerSubject.forward(layer, x, Mode.INFERENCE, LayerSubject.DROPOUT_SEED), x);
    DMatrixRMaj out = LayerSubject.forward(layer, x, Mode.TRAINING, LayerSubject.DROPOUT_SEED);
    int n = x.getNumElements();
    int dropped = 0;
    for (int k = 0; k < n; k++) {
      if (out.data[k] == 0) {
        dropped++;
      } else if (!LayerSubject.close(out.data[k], x.data[k] / (1 - rate))) {
        s.fails(DROPOUT, "training output%s is %.10g; a kept value %.10g must become value/(1 - %s) = %.10g",
            LayerSubject.at(x, k), out.data[k], x.data[k], rate, x.data[k] / (1 - rate));
      }
    }
    double expected = n * rate;
    double bound = 5 * Math.sqrt(n * rate * (1 - rate)) + 1;
    if (Math.abs(dropped - expected) > bound) {
      s.fails(DROPOUT, "dropped %d of %d values at rate %s; expected %.0f ± %.0f (5 standard deviations)",
          dropped, n, rate, expected, bound);
    }
    if (rate > 0 && LayerSubject.firstDifference(LayerSubject.forward(layer, x, Mode.TRAINING, LayerSubject.DROPOUT_SEED + 1), out) < 0) {
      s.fails(DROPOUT, "two random seeds gave the same mask; masks must come from the stream passed to forward");
    }
  }

  static void batchNorm(LayerSubject s, String canonical) {
    Spec spec = Spec.parse(canonical);
    double momentum = Double.parseDouble(spec.arguments().get("momentum"));
    double epsilon = Double.parseDouble(spec.arguments().get("epsilon"));
    Layer layer = s.build();
    Parameter mean = buffer(s, layer, "running_mean");
    Parameter variance = buffer(s, layer, "running_var");
    int channels = s.input.channels();
    int area = s.input.height() * s.input.width();
    DMatrixRMaj x = s.inputs(LayerSubject.BATCH + 2, 3);
    DMatrixRMaj out = LayerSubject.forward(layer, x, Mode.TRAINING, LayerSubject.DROPOUT_SEED);
    int m = x.numRows * area;
    for (int c = 0; c < channels; c++) {
      double[] in = moments(x, c, area);
      double[] normalised = moments(out, c, area);
      double expectedVariance = in[1] / (in[1] + epsilon);
      if (Math.abs(normalised[0]) > 1e-9 || Math.abs(normalised[1] - expectedVariance) > 1e-9) {
        s.fails(BATCH_NORM, "channel %d after a training pass has mean %.3g and variance %.6g; expected 0 and %.6g = σ²/(σ² + ε)",
            c, normalised[0], normalised[1], expectedVariance);
      }
      double runningMean = momentum * in[0];
      double runningVariance = (1 - momentum) + momentum * in[1] * m / (m - 1);
      if (!LayerSubject.close(mean.value().get(c, 0), runningMean) || !LayerSubject.close(variance.value().get(c, 0), runningVariance)) {
        s.fails(BATCH_NORM, "channel %d's running statistics after one pass are (%.10g, %.10g); expected (%.10g, %.10g) from"
                + " (1 - momentum)·(0, 1) + momentum·(mean, unbiased variance)",
            c, mean.value().get(c, 0), variance.value().get(c, 0), runningMean, runningVariance);
      }
    }
    DMatrixRMaj inference = LayerSubject.forward(layer, x, Mode.INFERENCE, LayerSubject.DROPOUT_SEED);
    DMatrixRMaj expected = x.copy();
    for (int k = 0; k < expected.getNumElements(); k++) {
      int c = (k % x.numCols) / area;
      expected.data[k] = (x.data[k] - mean.value().get(c, 0)) / Math.sqrt(variance.value().get(c, 0) + epsilon);
    }
    s.requireClose(BATCH_NORM, "the inference output (x - running mean)/√(running var + ε) with γ = 1, β = 0", inference, expected);
  }

  private static Parameter buffer(LayerSubject s, Layer layer, String suffix) {
    for (Parameter p : layer.parameters()) {
      if (p.name().endsWith("." + suffix) && p.role() == Parameter.Role.BUFFER && p.value().numRows == s.input.channels()) {
        return p;
      }
    }
    throw s.failure(BATCH_NORM, "no BUFFER parameter named layer%d.%s with one row per channel among %s",
        LayerSubject.POSITION, suffix, layer.parameters());
  }

  /** {mean, biased variance} of channel c over every row. */
  private static double[] moments(DMatrixRMaj m, int c, int area) {
    double sum = 0;
    double squares = 0;
    int count = m.numRows * area;
    for (int n = 0; n < m.numRows; n++) {
      for (int p = 0; p < area; p++) {
        sum += m.get(n, c * area + p);
      }
    }
    double mean = sum / count;
    for (int n = 0; n < m.numRows; n++) {
      for (int p = 0; p < area; p++) {
        double d = m.get(n, c * area + p) - mean;
        squares += d * d;
      }
    }
    return new double[] {mean, squares / count};
  }
}
