package dev.nnlab.network.fast;

import dev.nnlab.core.layer.ConvolutionGeometry;
import dev.nnlab.core.layer.Layer;
import java.util.Arrays;

/**
 * A convolution as one matrix product per mini-batch: every sample's patches are unfolded side by
 * side into one {@code (channels·k·k) × (batch·positions)} matrix (im2col), so z = W·col + b with W
 * the layer's {@code filters × (channels·k·k)} weights; ∂C/∂W = δ·colᵀ and ∂C/∂col = Wᵀ·δ, folded
 * back onto each input (col2im). One product over the batch instead of one per sample keeps the
 * register-blocked kernels on long rows (network3's second layer has only 64 positions per sample).
 * Each sample's positions are padded to the lanes with zeros, so the kernels need no tails; the
 * padding of δ is zero, so it adds nothing to any gradient.
 */
final class ConvolutionStage extends WeightedStage {

  private final FloatOps ops;
  private final ConvKernels kernels;
  /** The activation, or null when the pooling stage above applies it to the pooled values. */
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
  /** positions rounded up to the lanes: the columns of one sample in col, z, a, g and δ. */
  private final int padded;
  /** maxBatch·padded: the row stride of col, z, a, g, δ and gradCol. */
  private final int ld;
  private final float[] col;
  private final float[] z;
  private final float[] a;
  private final float[] g;
  private final float[] d;
  private final float[] gradCol;
  /** Stride 1 without padding: each unfolded row is outHeight runs of outWidth inputs. */
  private final boolean runs;

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
    this.ld = maxBatch * padded;
    this.col = new float[cols * ld];
    this.z = new float[rows * ld];
    this.a = new float[z.length];
    this.g = new float[z.length];
    this.d = new float[z.length];
    this.gradCol = new float[cols * ld];
    this.runs = stride == 1 && padding == 0;
  }

  @Override
  void forward(int count, float[] in, float[] out) {
    int n = count * padded;
    for (int s = 0; s < count; s++) {
      unfold(in, s * inSize, s * padded);
    }
    for (int f = 0; f < rows; f++) {
      Arrays.fill(z, f * ld, f * ld + n, b[f]);
    }
    kernels.multiply(w, 0, cols, 1, rows, cols, col, 0, ld, n, z, 0, ld, true);
    float[] result = activation == null ? z : a;
    for (int f = 0; f < rows; f++) {
      if (activation != null) {
        activation.forward(ops, z, a, f * ld, n);
      }
      for (int s = 0; s < count; s++) {
        System.arraycopy(result, f * ld + s * padded, out, s * outSize + f * positions, positions);
      }
    }
  }

  @Override
  void backward(int count, float[] in, float[] gOut, boolean ofPreActivation, float[] gIn) {
    int n = count * padded;
    boolean plain = ofPreActivation || activation == null;
    float[] delta = plain ? g : d;
    for (int f = 0; f < rows; f++) {
      for (int s = 0; s < count; s++) {
        System.arraycopy(gOut, s * outSize + f * positions, g, f * ld + s * padded, positions);
      }
      if (!plain) {
        activation.backward(ops, g, z, a, d, f * ld, n);
      }
      gradB[f] += kernels.sum(delta, f * ld, n);
    }
    kernels.multiplyTransposed(delta, 0, ld, rows, col, 0, ld, cols, n, gradW, 0, cols);
    if (gIn != null) {
      kernels.multiply(w, 0, 1, cols, cols, rows, delta, 0, ld, n, gradCol, 0, ld, false);
      for (int s = 0; s < count; s++) {
        fold(gIn, s * inSize, s * padded);
      }
    }
  }

  /**
   * col[(c·k + u)·k + v][colOff + i·outWidth + j] = x[c][i·stride + u − padding][j·stride + v −
   * padding], 0 outside: one sample's patches, at its columns.
   */
  private void unfold(float[] x, int xOff, int colOff) {
    if (runs) {
      for (int c = 0; c < channels; c++) {
        for (int u = 0; u < kernel; u++) {
          for (int v = 0; v < kernel; v++) {
            int row = colOff + ((c * kernel + u) * kernel + v) * ld;
            kernels.copyRuns(x, xOff + (c * height + u) * width + v, outWidth, width - outWidth, positions, col, row);
          }
        }
      }
      return;
    }
    for (int c = 0; c < channels; c++) {
      for (int u = 0; u < kernel; u++) {
        for (int v = 0; v < kernel; v++) {
          int row = colOff + ((c * kernel + u) * kernel + v) * ld;
          for (int i = 0; i < outHeight; i++) {
            int y = i * stride + u - padding;
            int target = row + i * outWidth;
            if (y < 0 || y >= height) {
              Arrays.fill(col, target, target + outWidth, 0f);
              continue;
            }
            int source = xOff + (c * height + y) * width;
            for (int j = 0; j < outWidth; j++) {
              int xj = j * stride + v - padding;
              col[target + j] = xj >= 0 && xj < width ? x[source + xj] : 0f;
            }
          }
        }
      }
    }
  }

  /**
   * gIn = col2im(gradCol) for the sample at columns {@code colOff}: every patch entry's gradient
   * added back to the input value it came from.
   */
  private void fold(float[] gIn, int gOff, int colOff) {
    Arrays.fill(gIn, gOff, gOff + inSize, 0f);
    if (runs) {
      // the rows in the order of the loops below, so every input's sum is added in the same order
      for (int c = 0; c < channels; c++) {
        for (int u = 0; u < kernel; u++) {
          for (int v = 0; v < kernel; v++) {
            int row = colOff + ((c * kernel + u) * kernel + v) * ld;
            kernels.addRuns(gradCol, row, outWidth, width - outWidth, positions, gIn, gOff + (c * height + u) * width + v);
          }
        }
      }
      return;
    }
    for (int c = 0; c < channels; c++) {
      for (int u = 0; u < kernel; u++) {
        for (int v = 0; v < kernel; v++) {
          int row = colOff + ((c * kernel + u) * kernel + v) * ld;
          for (int i = 0; i < outHeight; i++) {
            int y = i * stride + u - padding;
            if (y < 0 || y >= height) {
              continue;
            }
            int target = gOff + (c * height + y) * width;
            int source = row + i * outWidth;
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
