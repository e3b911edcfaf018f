package dev.nnlab.network.diagnostics;

/**
 * What one layer looks like on a probe batch. Gradient values are the ones left by the last
 * backward pass (zero before training starts).
 *
 * @param layer position, from 1 (the first hidden layer)
 * @param activation the activation's canonical spec
 * @param units the layer's output size
 * @param preActivation statistics of z over every (sample, unit) of the probe batch
 * @param activations statistics of a = f(z) likewise
 * @param saturation saturated or dead units; see {@link Saturation}
 * @param weightNorm ‖W‖ (Frobenius)
 * @param weightGradientNorm ‖∂C/∂W‖ of the last mini-batch, including any regularisation term
 * @param biasGradientNorm ‖∂C/∂b‖ of the last mini-batch
 * @param updateRatio ‖ΔW‖/‖W‖ of the last update, or NaN when it was not recorded
 * @param weights histogram of W's entries
 * @param activationHistogram histogram of a over the probe batch
 * @param weightGradients histogram of ∂C/∂W's entries
 */
public record LayerDiagnostics(
    int layer,
    String activation,
    int units,
    Summary preActivation,
    Summary activations,
    Saturation saturation,
    double weightNorm,
    double weightGradientNorm,
    double biasGradientNorm,
    double updateRatio,
    Histogram weights,
    Histogram activationHistogram,
    Histogram weightGradients) {}
