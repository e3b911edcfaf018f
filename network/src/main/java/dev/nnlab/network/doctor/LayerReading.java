package dev.nnlab.network.doctor;

import dev.nnlab.network.diagnostics.Saturation;

/**
 * One layer's instruments at one sampled mini-batch.
 *
 * @param layer position, from 1
 * @param activation the activation's canonical spec
 * @param kind which of the saturated or dead fractions applies
 * @param blocked the saturated fraction of (sample, unit) pairs, or the dead fraction of units, or
 *     NaN (see {@link Saturation#fraction()})
 * @param activationMean mean of a over the probe batch
 * @param activationStd population std of a over the probe batch
 * @param weightNorm ‖W‖
 * @param weightGradientNorm ‖∂C/∂W‖ of the last mini-batch
 * @param biasGradientNorm ‖∂C/∂b‖ of the last mini-batch
 * @param gradientRms ‖∂C/∂W‖/√(number of weights): the gradient per weight, comparable across
 *     layers of different sizes (dense or convolution)
 * @param updateRatio ‖ΔW‖/‖W‖ of the last update
 * @param distance ‖W − W₀‖/‖W₀‖, W₀ the weights when watching started
 * @param penaltyShare ‖∂P/∂W‖/‖∂C₀/∂W‖, the weight penalty's gradient against the data's (0 without
 *     a penalty; see {@link WeightPenalty})
 */
public record LayerReading(
    int layer,
    String activation,
    Saturation.Kind kind,
    double blocked,
    double activationMean,
    double activationStd,
    double weightNorm,
    double weightGradientNorm,
    double biasGradientNorm,
    double gradientRms,
    double updateRatio,
    double distance,
    double penaltyShare) {}
