package dev.nnlab.network.fast;

import dev.nnlab.core.layer.Layer;

/**
 * One layer of {@link ConvEngine} in float: it maps a mini-batch's input rows (sample s at
 * {@code s·inSize} of the stage below's output) to its output rows (at {@code s·outSize}), keeping
 * whatever its backward pass needs, and sums its parameter gradients over the mini-batch. A stage
 * sees the whole mini-batch at once so that it can run one matrix product for all samples rather
 * than one per sample. All work arrays are allocated when the stage is built, for the largest
 * mini-batch.
 */
abstract class FloatStage {

  final int inSize;
  final int outSize;

  FloatStage(int inSize, int outSize) {
    this.inSize = inSize;
    this.outSize = outSize;
  }

  /** Computes the outputs of samples 0 ≤ s &lt; count from their inputs. */
  abstract void forward(int count, float[] in, float[] out);

  /**
   * Back-propagates samples 0 ≤ s &lt; count, after {@link #forward} of the same batch: {@code gOut}
   * holds ∂C/∂(output) — or δ = ∂C/∂z when {@code ofPreActivation} — at {@code s·outSize}; adds the
   * parameter gradients and, if {@code gIn} is not null, writes ∂C/∂(input) at {@code s·inSize}.
   */
  abstract void backward(int count, float[] in, float[] gOut, boolean ofPreActivation, float[] gIn);

  /** Zeroes the summed parameter gradients (before a mini-batch). */
  void clearGradients() {}

  /**
   * w ← decay·w + scale·Σ∂C/∂w, b ← b + scale·Σ∂C/∂b: the plain gradient step, scale = −η/m, with
   * L2 weight decay on the weights only.
   */
  void update(float scale, float decay) {}

  /** Writes the parameters into the layer's double matrices. */
  void storeParameters(Layer layer) {}

  /**
   * Writes the last batch's mean gradients into the layer's parameter gradients; {@code updated}
   * says whether that batch's update has been applied since.
   */
  void storeGradients(Layer layer, int count, boolean updated, float eta, float decay, double lambdaOverN) {}
}
