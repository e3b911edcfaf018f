package dev.nnlab.network.fast;

import dev.nnlab.core.layer.PoolingGeometry;
import java.util.Arrays;

/**
 * Max or average pooling, channel by channel. Max pooling remembers, per sample, which input won
 * each window — the first maximum in row-major order, as {@link PoolingGeometry} specifies — and
 * sends the gradient there; average pooling spreads it evenly.
 *
 * <p>Max pooling may also apply the activation of the convolution below it, to the pooled values:
 * for an increasing f, max(f(z)) = f(max(z)), so f runs on a quarter of the values (2×2 windows),
 * in the forward and the backward pass. This is network3's own order (pool, then activation).
 */
final class PoolingStage extends FloatStage {

  private final boolean max;
  private final int channels;
  private final int height;
  private final int width;
  private final int size;
  private final int stride;
  private final int outHeight;
  private final int outWidth;
  private final int[] winner;
  /** Max pooling: each window's first input, from the sample's first (null for average pooling). */
  private final int[] corner;
  /** Max pooling: the window's inputs from its first, in row-major order. */
  private final int[] offset;
  private final ConvKernels kernels;
  /** The activation applied after pooling, or null; then the arrays below are null too. */
  private final FloatActivation after;
  private final FloatOps ops;
  private final float[] z;
  private final float[] a;
  private final float[] g;
  private final float[] d;

  /**
   * @param after an increasing activation to apply to the pooled values of max pooling, taken
   *     over from the layer below, or null
   */
  PoolingStage(PoolingGeometry geometry, int maxBatch, FloatActivation after, FloatOps ops, ConvKernels kernels) {
    super(geometry.input().size(), geometry.input().channels()
        * ((geometry.input().height() - geometry.size()) / geometry.stride() + 1)
        * ((geometry.input().width() - geometry.size()) / geometry.stride() + 1));
    this.max = geometry.kind() == PoolingGeometry.Kind.MAX;
    this.channels = geometry.input().channels();
    this.height = geometry.input().height();
    this.width = geometry.input().width();
    this.size = geometry.size();
    this.stride = geometry.stride();
    this.outHeight = (height - size) / stride + 1;
    this.outWidth = (width - size) / stride + 1;
    this.winner = max ? new int[maxBatch * outSize] : null;
    this.corner = max ? corners() : null;
    this.offset = max ? offsets() : null;
    this.kernels = kernels;
    if (after != null && !max) {
      throw new IllegalArgumentException("only max pooling commutes with an increasing activation");
    }
    this.after = after;
    this.ops = ops;
    // padded to the lanes: the vectorised activation runs over whole vectors
    int padded = after == null ? 0 : padded(maxBatch);
    this.z = after == null ? null : new float[padded];
    this.a = after == null ? null : new float[padded];
    this.g = after == null ? null : new float[padded];
    this.d = after == null ? null : new float[padded];
  }

  private int[] corners() {
    int[] corners = new int[outSize];
    int k = 0;
    for (int c = 0; c < channels; c++) {
      for (int i = 0; i < outHeight; i++) {
        for (int j = 0; j < outWidth; j++) {
          corners[k++] = c * height * width + i * stride * width + j * stride;
        }
      }
    }
    return corners;
  }

  private int[] offsets() {
    int[] offsets = new int[size * size];
    for (int u = 0; u < size; u++) {
      for (int v = 0; v < size; v++) {
        offsets[u * size + v] = u * width + v;
      }
    }
    return offsets;
  }

  private int padded(int count) {
    return (count * outSize + ops.lanes() - 1) / ops.lanes() * ops.lanes();
  }

  @Override
  void forward(int count, float[] in, float[] out) {
    float[] pooled = after == null ? out : z;
    for (int s = 0; s < count; s++) {
      if (max) {
        kernels.maxPool(in, s * inSize, corner, offset, outSize, pooled, s * outSize, winner);
      } else {
        average(s, in, pooled);
      }
    }
    if (after != null) {
      after.forward(ops, z, a, 0, padded(count));
      System.arraycopy(a, 0, out, 0, count * outSize);
    }
  }

  private void average(int s, float[] in, float[] out) {
    int o = s * outSize;
    float area = size * size;
    for (int c = 0; c < channels; c++) {
      int plane = s * inSize + c * height * width;
      for (int i = 0; i < outHeight; i++) {
        for (int j = 0; j < outWidth; j++, o++) {
          int corner = plane + i * stride * width + j * stride;
          float sum = 0;
          for (int u = 0; u < size; u++) {
            for (int v = corner + u * width; v < corner + u * width + size; v++) {
              sum += in[v];
            }
          }
          out[o] = sum / area;
        }
      }
    }
  }

  @Override
  void backward(int count, float[] in, float[] gOut, boolean ofPreActivation, float[] gIn) {
    if (gIn == null) {
      return;
    }
    Arrays.fill(gIn, 0, count * inSize, 0f);
    if (max) {
      float[] delta = gOut;
      if (after != null) {
        System.arraycopy(gOut, 0, g, 0, count * outSize);
        // entries past count·outSize may be stale; their δ is never sent anywhere
        after.backward(ops, g, z, a, d, 0, padded(count));
        delta = d;
      }
      for (int k = 0; k < count * outSize; k++) {
        gIn[winner[k]] += delta[k];
      }
      return;
    }
    for (int s = 0; s < count; s++) {
      spread(s, gOut, gIn);
    }
  }

  /** Average pooling's backward pass for sample {@code s}: each window's gradient spread evenly. */
  private void spread(int s, float[] gOut, float[] gIn) {
    int o = s * outSize;
    float share = 1f / (size * size);
    for (int c = 0; c < channels; c++) {
      int plane = s * inSize + c * height * width;
      for (int i = 0; i < outHeight; i++) {
        for (int j = 0; j < outWidth; j++, o++) {
          int corner = plane + i * stride * width + j * stride;
          float g = gOut[o] * share;
          for (int u = 0; u < size; u++) {
            for (int v = corner + u * width; v < corner + u * width + size; v++) {
              gIn[v] += g;
            }
          }
        }
      }
    }
  }
}
