package dev.nnlab.examples.lab;

import dev.nnlab.network.audit.LayerAudit;
import dev.nnlab.network.diagnostics.Saturation;

/**
 * One layer at one moment of a run, measured on the probe batch.
 *
 * @param blocked saturated share (sigmoid, tanh) or dead share (ReLU family) of the layer
 * @param blockedKind "saturated", "dead" or "n/a"
 * @param zMean mean of z
 * @param zStd std of z
 * @param activationMean mean of a = f(z)
 * @param activationStd std of a (Glorot &amp; Bengio's per-layer activation view)
 * @param deltaRms RMS of the backpropagated δ
 * @param speed Nielsen's ‖∂C/∂b‖ per unit
 * @param weightGradientNorm ‖∂C/∂W‖_F
 */
public record LayerPoint(
    double blocked,
    String blockedKind,
    double zMean,
    double zStd,
    double activationMean,
    double activationStd,
    double deltaRms,
    double speed,
    double weightGradientNorm) {

  static LayerPoint of(LayerAudit layer) {
    Saturation s = layer.saturation();
    return new LayerPoint(
        s.fraction(),
        switch (s.kind()) {
          case SATURATING -> "saturated";
          case DYING -> "dead";
          case NOT_APPLICABLE -> "n/a";
        },
        layer.preActivation().mean(),
        layer.preActivation().std(),
        layer.activations().mean(),
        layer.activations().std(),
        layer.deltaRms(),
        layer.speed(),
        layer.weightGradientNorm());
  }
}
