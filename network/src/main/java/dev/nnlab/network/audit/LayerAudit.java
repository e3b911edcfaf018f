package dev.nnlab.network.audit;

import dev.nnlab.core.init.Fan;
import dev.nnlab.network.diagnostics.ChannelSaturation;
import dev.nnlab.network.diagnostics.Saturation;
import dev.nnlab.network.diagnostics.Summary;
import java.util.List;

/**
 * What one layer looks like on the probe batch before training. Definitions are in the package
 * documentation.
 *
 * @param layer position, from 1 (the first hidden layer)
 * @param output whether this is the output layer
 * @param activation the activation's canonical spec
 * @param fan fan-in and fan-out
 * @param weightInitializer the weight initializer's canonical spec
 * @param weightFormula its effective formula for this fan
 * @param biasInitializer the bias initializer's canonical spec
 * @param biasFormula its effective formula for this fan
 * @param preActivation z over every (sample, unit) of the probe batch
 * @param activations a = f(z) likewise (Glorot &amp; Bengio's per-layer activation view)
 * @param signal the input-driven part of z: each unit's std of z across the probe inputs, averaged
 *     over units (unlike z's overall std it leaves out offsets that are the same for every input)
 * @param biasMean the mean of b over units: the part of mean z that comes from the biases
 * @param biasRms sqrt(mean b²): the biases' share of z's scale
 * @param weightedInputRms sqrt(mean (z − b)²): the weighted inputs' share of z's scale
 * @param saturation saturated or dead units; a layer with a spatial output (a convolution) counts
 *     its channels as units
 * @param weightSecondMoment E[w²] over the weight matrix (mean included: it moves z too)
 * @param scaleBand the variances the activation's gain asks for, or null when its gain is not a
 *     positive number
 * @param distinctUnits whether at least two units differ in weights or bias (false: symmetric)
 * @param deltaRms sqrt(mean δ²) of δ = ∂C_x/∂z over the probe batch (one backward pass)
 * @param biasGradientNorm ‖∂C/∂b‖, the batch mean: Nielsen's "speed of learning" of the layer
 * @param weightGradientNorm ‖∂C/∂W‖_F, the batch mean
 * @param weightNorm ‖W‖_F
 * @param epochDrift η · updates per epoch · ‖∂C/∂W‖/‖W‖: how far (relative to ‖W‖) one epoch of
 *     SGD could move W if every update pointed the same way; an upper bound
 * @param channels per output channel (feature map), for a layer with a spatial output; empty for a
 *     flat (dense) layer
 */
public record LayerAudit(
    int layer,
    boolean output,
    String activation,
    Fan fan,
    String weightInitializer,
    String weightFormula,
    String biasInitializer,
    String biasFormula,
    Summary preActivation,
    Summary activations,
    double signal,
    double biasMean,
    double biasRms,
    double weightedInputRms,
    Saturation saturation,
    double weightSecondMoment,
    ScaleBand scaleBand,
    boolean distinctUnits,
    double deltaRms,
    double biasGradientNorm,
    double weightGradientNorm,
    double weightNorm,
    double epochDrift,
    List<ChannelSaturation> channels) {

  public LayerAudit {
    channels = List.copyOf(channels);
  }

  /** "hidden layer 2" or "output layer", as findings name it. */
  public String name() {
    return output ? "output layer" : "hidden layer " + layer;
  }

  /**
   * Nielsen's speed of learning per unit: ‖∂C/∂b‖ / sqrt(biases), comparable across widths (a
   * convolution has one bias per filter).
   */
  public double speed() {
    return biasGradientNorm / Math.sqrt(fan.outChannels());
  }

  /** What the layer's units are: "channels" for a spatial output, "units" otherwise. */
  public String units() {
    return channels.isEmpty() ? "units" : "channels";
  }
}
