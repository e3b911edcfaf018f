package dev.nnlab.network.fast;

import dev.nnlab.core.layer.DenseGeometry;
import dev.nnlab.core.layer.Layer;
import java.util.Arrays;

/**
 * A fully connected layer on the layer's own {@code units × inputs} weights: z_j = b_j + w_j·x,
 * ∂C/∂x = Σ_j δ_j·w_j, ∂C/∂w_j += δ_j·x. Without an activation ({@code null}) the stage outputs z and
 * the engine applies the output activation itself (softmax, which is not element-wise).
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
  }

  @Override
  void forward(int count, float[] in, float[] out) {
    for (int s = 0; s < count; s++) {
      forwardSample(s, in, out);
    }
  }

  @Override
  void backward(int count, float[] in, float[] gOut, boolean ofPreActivation, float[] gIn) {
    for (int s = 0; s < count; s++) {
      backwardSample(s, in, gOut, ofPreActivation, gIn);
    }
  }

  private void forwardSample(int s, float[] in, float[] out) {
    int o = s * padded;
    int x = s * inSize;
    for (int j = 0; j < rows; j++) {
      z[o + j] = b[j] + kernels.dot(w, j * cols, in, x, cols);
    }
    if (activation == null) {
      System.arraycopy(z, o, out, s * outSize, rows);
    } else {
      activation.forward(ops, z, a, o, padded);
      System.arraycopy(a, o, out, s * outSize, rows);
    }
  }

  private void backwardSample(int s, float[] in, float[] gOut, boolean ofPreActivation, float[] gIn) {
    int o = s * padded;
    System.arraycopy(gOut, s * outSize, g, o, rows);
    float[] delta = g;
    if (!ofPreActivation) {
      if (activation == null) {
        throw new IllegalStateException("a dense stage without an element-wise activation needs δ");
      }
      activation.backward(ops, g, z, a, d, o, padded);
      delta = d;
    }
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
