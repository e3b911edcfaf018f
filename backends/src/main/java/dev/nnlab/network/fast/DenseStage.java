package dev.nnlab.network.fast;

import dev.nnlab.core.layer.DenseGeometry;
import dev.nnlab.core.layer.Layer;
import java.util.Arrays;

/**
 * A fully connected layer on the layer's own {@code units × inputs} weights: z_j = b_j + w_j·x,
 * ∂C/∂x = Σ_j δ_j·w_j, ∂C/∂w_j += δ_j·x. Without an activation ({@code null}) the stage outputs z and
 * the engine applies the output activation itself (softmax, which is not element-wise).
 *
 * <p>When the inputs are a multiple of the lanes (network3's 640), the batch runs as three products,
 * Z = X·Wᵀ, ∂C/∂W += Δᵀ·X and ∂C/∂X = Δ·W, on the blocked kernels; otherwise (network3's second
 * dense layer, 100 inputs, a fiftieth of the work) sample by sample, a dot product or axpy per unit.
 */
final class DenseStage extends WeightedStage {

  private final FloatOps ops;
  private final ConvKernels kernels;
  private final FloatActivation activation;
  /** units rounded up to the lanes: the per-sample stride of z, a, g and δ. */
  private final int padded;
  private final float[] z;
  private final float[] a;
  private final float[] g;
  private final float[] d;
  /** Whether the batch runs as matrix products (the inputs are a multiple of the lanes). */
  private final boolean batched;

  DenseStage(Layer layer, DenseGeometry geometry, FloatActivation activation, int maxBatch, FloatOps ops,
      ConvKernels kernels) {
    super(layer, geometry.units(), geometry.inputs(), geometry.inputs(), geometry.units());
    this.ops = ops;
    this.kernels = kernels;
    this.activation = activation;
    int lanes = ops.lanes();
    this.padded = (rows + lanes - 1) / lanes * lanes;
    this.z = new float[maxBatch * padded];
    this.a = new float[z.length];
    this.g = new float[z.length];
    this.d = new float[z.length];
    this.batched = cols % lanes == 0;
  }

  @Override
  void forward(int count, float[] in, float[] out) {
    if (!batched) {
      for (int s = 0; s < count; s++) {
        forwardSample(s, in, out);
      }
      return;
    }
    for (int s = 0; s < count; s++) {
      System.arraycopy(b, 0, z, s * padded, rows);
    }
    kernels.multiplyTransposed(in, 0, inSize, count, w, 0, cols, rows, cols, z, 0, padded);
    for (int s = 0; s < count; s++) {
      activate(s, out);
    }
  }

  @Override
  void backward(int count, float[] in, float[] gOut, boolean ofPreActivation, float[] gIn) {
    if (!batched) {
      for (int s = 0; s < count; s++) {
        backwardSample(s, in, gOut, ofPreActivation, gIn);
      }
      return;
    }
    float[] delta = null;
    for (int s = 0; s < count; s++) {
      delta = delta(s, gOut, ofPreActivation);
      int o = s * padded;
      for (int j = 0; j < rows; j++) {
        gradB[j] += delta[o + j];
      }
    }
    // ∂C/∂W += Δᵀ·X: Δ (count × units, rows padded) read transposed
    kernels.multiply(delta, 0, 1, padded, rows, count, in, 0, inSize, cols, gradW, 0, cols, true);
    if (gIn != null) {
      kernels.multiply(delta, 0, padded, 1, count, rows, w, 0, cols, cols, gIn, 0, inSize, false);
    }
  }

  private void forwardSample(int s, float[] in, float[] out) {
    int o = s * padded;
    int x = s * inSize;
    for (int j = 0; j < rows; j++) {
      z[o + j] = b[j] + kernels.dot(w, j * cols, in, x, cols);
    }
    activate(s, out);
  }

  /** The outputs of sample s from its z. */
  private void activate(int s, float[] out) {
    int o = s * padded;
    if (activation == null) {
      System.arraycopy(z, o, out, s * outSize, rows);
    } else {
      activation.forward(ops, z, a, o, padded);
      System.arraycopy(a, o, out, s * outSize, rows);
    }
  }

  /** Sample s's δ, at s·padded of the array returned, from its output gradient. */
  private float[] delta(int s, float[] gOut, boolean ofPreActivation) {
    int o = s * padded;
    System.arraycopy(gOut, s * outSize, g, o, rows);
    if (ofPreActivation) {
      return g;
    }
    if (activation == null) {
      throw new IllegalStateException("a dense stage without an element-wise activation needs δ");
    }
    activation.backward(ops, g, z, a, d, o, padded);
    return d;
  }

  private void backwardSample(int s, float[] in, float[] gOut, boolean ofPreActivation, float[] gIn) {
    int o = s * padded;
    float[] delta = delta(s, gOut, ofPreActivation);
    int x = s * inSize;
    if (gIn != null) {
      Arrays.fill(gIn, x, x + inSize, 0f);
    }
    for (int j = 0; j < rows; j++) {
      float dj = delta[o + j];
      gradB[j] += dj;
      if (dj != 0) {
        kernels.axpy(dj, in, x, gradW, j * cols, cols);
        if (gIn != null) {
          kernels.axpy(dj, w, j * cols, gIn, x, cols);
        }
      }
    }
  }
}
