package dev.nnlab.network.fast;

import dev.nnlab.core.layer.PoolingGeometry;
import java.util.Arrays;

/**
 * Max or average pooling, channel by channel. Max pooling remembers, per sample, which input won
 * each window — the first maximum in row-major order, as {@link PoolingGeometry} specifies — and
 * sends the gradient there; average pooling spreads it evenly.
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

  PoolingStage(PoolingGeometry geometry, int maxBatch) {
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
  }

  @Override
  void forward(int s, float[] in, float[] out) {
    int o = s * outSize;
    float area = size * size;
    for (int c = 0; c < channels; c++) {
      int plane = s * inSize + c * height * width;
      for (int i = 0; i < outHeight; i++) {
        for (int j = 0; j < outWidth; j++, o++) {
          int corner = plane + i * stride * width + j * stride;
          if (max) {
            int best = corner;
            for (int u = 0; u < size; u++) {
              for (int v = corner + u * width; v < corner + u * width + size; v++) {
                if (in[v] > in[best]) {
                  best = v;
                }
              }
            }
            winner[o] = best;
            out[o] = in[best];
          } else {
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
  }

  @Override
  void backward(int s, float[] in, float[] gOut, boolean ofPreActivation, float[] gIn) {
    if (gIn == null) {
      return;
    }
    Arrays.fill(gIn, s * inSize, (s + 1) * inSize, 0f);
    int o = s * outSize;
    if (max) {
      for (int k = o; k < o + outSize; k++) {
        gIn[winner[k]] += gOut[k];
      }
      return;
    }
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
