package dev.nnlab.cli.reproduce;

import dev.nnlab.cli.lab.Stats;

/**
 * Per-layer summaries of a {@link LayerSignals} measurement, small enough to keep for every seed
 * and to write to JSON.
 *
 * @param activationMean mean of a per layer
 * @param activationStd std of a per layer
 * @param deltaStd std of δ = ∂C_x/∂z per layer (Glorot &amp; Bengio's back-propagated gradient)
 */
record LayerProfile(double[] activationMean, double[] activationStd, double[] deltaStd) {

  static LayerProfile of(LayerSignals signals) {
    int n = signals.layers();
    double[] mean = new double[n];
    double[] std = new double[n];
    double[] delta = new double[n];
    for (int l = 0; l < n; l++) {
      Stats a = Stats.of(signals.activationValues(l));
      mean[l] = a.mean();
      std[l] = a.std();
      delta[l] = Stats.of(signals.deltaValues(l)).std();
    }
    return new LayerProfile(mean, std, delta);
  }

  /** std of a at the last hidden layer over the first hidden layer's. */
  double activationShrink() {
    return activationStd[activationStd.length - 2] / activationStd[0];
  }

  /** std of δ at the first hidden layer over the last hidden layer's: below 1 when gradients shrink toward the input. */
  double deltaShrink() {
    return deltaStd[0] / deltaStd[deltaStd.length - 2];
  }
}
