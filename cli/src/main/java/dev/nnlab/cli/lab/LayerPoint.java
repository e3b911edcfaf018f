package dev.nnlab.cli.lab;

import dev.nnlab.network.audit.AuditTable;
import dev.nnlab.network.audit.LayerAudit;
import dev.nnlab.network.diagnostics.ChannelSaturation;
import dev.nnlab.network.diagnostics.Saturation;
import java.util.List;

/**
 * One layer at one moment of a run, measured on the probe batch.
 *
 * @param blocked saturated share (sigmoid, tanh) or dead share (ReLU family) of the layer; a
 *     convolution's units are its channels
 * @param blockedKind "saturated", "dead" or "n/a"
 * @param zMean mean of z
 * @param zStd std of z
 * @param activationMean mean of a = f(z)
 * @param activationStd std of a (Glorot &amp; Bengio's per-layer activation view)
 * @param deltaRms RMS of the backpropagated δ
 * @param speed Nielsen's ‖∂C/∂b‖ per unit
 * @param weightGradientNorm ‖∂C/∂W‖_F
 * @param layer the layer's position in the network, from 1
 * @param output whether it is the output layer
 * @param fan the fan as the audit table writes it, e.g. {@code 784→30} or {@code 1→20 5×5}
 * @param weights the weight initializer's effective formula for that fan
 * @param channels per output channel of a convolution, its saturated share (bounded activations) or
 *     the share of its positions dead on every probe image (ReLU family; 1 = the channel is dead);
 *     empty for a dense layer
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
    double weightGradientNorm,
    int layer,
    boolean output,
    String fan,
    String weights,
    List<Double> channels) {

  public LayerPoint {
    channels = channels == null ? List.of() : List.copyOf(channels);
  }

  static LayerPoint of(LayerAudit layer) {
    Saturation s = layer.saturation();
    String formula = layer.weightFormula().strip();
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
        layer.weightGradientNorm(),
        layer.layer(),
        layer.output(),
        AuditTable.fan(layer.fan()),
        formula.isEmpty() ? layer.weightInitializer() : formula,
        layer.channels().stream().map(ChannelSaturation::fraction).toList());
  }

  /** "hidden layer 3" or "output layer". */
  public String name() {
    return output ? "output layer" : "hidden layer " + layer;
  }

  /** What {@link #blocked} counts: a convolution's dead share counts channels, anything else units. */
  public String blockedUnits() {
    return channels.isEmpty() || !blockedKind.equals("dead") ? "units" : "channels";
  }
}
