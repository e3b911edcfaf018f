package dev.nnlab.network.fast;

import dev.nnlab.core.layer.ConvolutionGeometry;
import dev.nnlab.core.layer.Layer;
import java.util.Arrays;

/**
 * A convolution as one matrix product per sample: the input's patches are unfolded into a
 * {@code (channels·k·k) × positions} matrix (im2col), so z = W·col + b with W the layer's
 * {@code filters × (channels·k·k)} weights; ∂C/∂W = δ·colᵀ and ∂C/∂col = Wᵀ·δ, folded back onto the
 * input (col2im). Rows of positions are padded to the lanes with zeros, so the kernels need no
 * tails; the padding of δ is zero, so it adds nothing to any gradient.
 */
final class ConvolutionStage extends WeightedStage {

  private final FloatOps ops;
  private final ConvKernels kernels;
  private final FloatActivation activation;
  private final int channels;
  private final int height;
  private final int width;
  private final int kernel;
  private final int stride;
  private final int padding;
  private final int outHeight;
  private final int outWidth;
  private final int positions;
  /** positions rounded up to the lanes: the row stride of col, z, a, g and δ. */
  private final int padded;
  private final float[] col;
  private final float[] z;
  private final float[] a;
  private final float[] g;
  private final float[] d;
  private final float[] gradCol;

  ConvolutionStage(Layer layer, ConvolutionGeometry geometry, FloatActivation activation, int maxBatch,
      FloatOps ops, ConvKernels kernels) {
    super(layer, geometry.filters(),
        geometry.input().channels() * geometry.kernel() * geometry.kernel(),
        geometry.input().size(), layer.outputShape().size());
    this.ops = ops;
    this.kernels = kernels;
    this.activation = activation;
    this.channels = geometry.input().channels();
    this.height = geometry.input().height();
    this.width = geometry.input().width();
    this.kernel = geometry.kernel();
    this.stride = geometry.stride();
    this.padding = geometry.padding();
    this.outHeight = (height + 2 * padding - kernel) / stride + 1;
    this.outWidth = (width + 2 * padding - kernel) / stride + 1;
    this.positions = outHeight * outWidth;
    if (rows * positions != outSize) {
      throw new IllegalArgumentException(
          "layer " + layer.position() + "'s output " + layer.outputShape() + " does not match its convolution geometry "
              + rows + "×" + outHeight + "×" + outWidth);
    }
    int lanes = ops.lanes();
    this.padded = (positions + lanes - 1) / lanes * lanes;
    this.col = new float[maxBatch * cols * padded];
    this.z = new float[maxBatch * rows * padded];
    this.a = new float[z.length];
    this.g = new float[z.length];
    this.d = new float[z.length];
    this.gradCol = new float[cols * padded];
  }

  @Override
  void forward(int s, float[] in, float[] out) {
    int colOff = s * cols * padded;
    int zOff = s * rows * padded;
    unfold(in, s * inSize, colOff);
    for (int f = 0; f < rows; f++) {
      Arrays.fill(z, zOff + f * padded, zOff + (f + 1) * padded, b[f]);
    }
    kernels.multiply(w, 0, cols, 1, rows, cols, col, colOff, padded, padded, z, zOff, padded, true);
    activation.forward(ops, z, a, zOff, rows * padded);
    for (int f = 0; f < rows; f++) {
      System.arraycopy(a, zOff + f * padded, out, s * outSize + f * positions, positions);
    }
  }

  @Override
  void backward(int s, float[] in, float[] gOut, boolean ofPreActivation, float[] gIn) {
    int colOff = s * cols * padded;
    int zOff = s * rows * padded;
    float[] delta = ofPreActivation ? g : d;
    for (int f = 0; f < rows; f++) {
      System.arraycopy(gOut, s * outSize + f * positions, g, zOff + f * padded, positions);
    }
    if (!ofPreActivation) {
      activation.backward(ops, g, z, a, d, zOff, rows * padded);
    }
    for (int f = 0; f < rows; f++) {
      float sum = 0;
      for (int p = zOff + f * padded; p < zOff + f * padded + positions; p++) {
        sum += delta[p];
      }
      gradB[f] += sum;
    }
    kernels.multiplyTransposed(delta, zOff, padded, rows, col, colOff, padded, cols, padded, gradW, 0, cols);
    if (gIn != null) {
      kernels.multiply(w, 0, 1, cols, cols, rows, delta, zOff, padded, padded, gradCol, 0, padded, false);
      fold(gIn, s * inSize);
    }
  }

  /** col[(c·k + u)·k + v][i·outWidth + j] = x[c][i·stride + u − padding][j·stride + v − padding], 0 outside. */
  private void unfold(float[] x, int xOff, int colOff) {
    for (int c = 0; c < channels; c++) {
      for (int u = 0; u < kernel; u++) {
        for (int v = 0; v < kernel; v++) {
          int row = colOff + ((c * kernel + u) * kernel + v) * padded;
          for (int i = 0; i < outHeight; i++) {
            int y = i * stride + u - padding;
            int target = row + i * outWidth;
            if (y < 0 || y >= height) {
              Arrays.fill(col, target, target + outWidth, 0f);
              continue;
            }
            int source = xOff + (c * height + y) * width;
            if (stride == 1 && padding == 0) {
              System.arraycopy(x, source + v, col, target, outWidth);
            } else {
              for (int j = 0; j < outWidth; j++) {
                int xj = j * stride + v - padding;
                col[target + j] = xj >= 0 && xj < width ? x[source + xj] : 0f;
              }
            }
          }
        }
      }
    }
  }

  /** gIn = col2im(gradCol): every patch entry's gradient added back to the input value it came from. */
  private void fold(float[] gIn, int gOff) {
    Arrays.fill(gIn, gOff, gOff + inSize, 0f);
    for (int c = 0; c < channels; c++) {
      for (int u = 0; u < kernel; u++) {
        for (int v = 0; v < kernel; v++) {
          int row = ((c * kernel + u) * kernel + v) * padded;
          for (int i = 0; i < outHeight; i++) {
            int y = i * stride + u - padding;
            if (y < 0 || y >= height) {
              continue;
            }
            int target = gOff + (c * height + y) * width;
            int source = row + i * outWidth;
            if (stride == 1 && padding == 0) {
              kernels.axpy(1f, gradCol, source, gIn, target + v, outWidth);
            } else {
              for (int j = 0; j < outWidth; j++) {
                int xj = j * stride + v - padding;
                if (xj >= 0 && xj < width) {
                  gIn[target + xj] += gradCol[source + j];
                }
              }
            }
          }
        }
      }
    }
  }
}
