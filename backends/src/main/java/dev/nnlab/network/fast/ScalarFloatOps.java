package dev.nnlab.network.fast;

/**
 * The portable implementation: plain loops, one multiply and one add per term (no fused
 * multiply-add, which is slow where the hardware lacks it). Used when the Vector API module is not
 * in the JVM, and in tests as the reference for {@link VectorFloatOps}.
 */
final class ScalarFloatOps implements FloatOps {

  static final ScalarFloatOps INSTANCE = new ScalarFloatOps();

  private ScalarFloatOps() {}

  @Override
  public int lanes() {
    return 1;
  }

  @Override
  public String description() {
    return "scalar";
  }

  @Override
  public void sparseForward(
      float[] w, int stride, char[] idx, float[] val, int from, int to, float[] b, float[] z, int zo) {
    System.arraycopy(b, 0, z, zo, stride);
    for (int k = from; k < to; k++) {
      float v = val[k];
      int row = idx[k] * stride;
      for (int j = 0; j < stride; j++) {
        z[zo + j] += v * w[row + j];
      }
    }
  }

  @Override
  public void denseForward(
      float[] w, int stride, float[] x, int xo, int in, float[] b, float[] z, int zo) {
    System.arraycopy(b, 0, z, zo, stride);
    for (int i = 0; i < in; i++) {
      float v = x[xo + i];
      int row = i * stride;
      for (int j = 0; j < stride; j++) {
        z[zo + j] += v * w[row + j];
      }
    }
  }

  @Override
  public void sparseUpdate(
      float[] w, int stride, char[] idx, float[] val, int from, int to, float scale, float[] d, int dOff,
      int jFrom, int jTo) {
    for (int k = from; k < to; k++) {
      float s = scale * val[k];
      int row = idx[k] * stride;
      for (int j = jFrom; j < jTo; j++) {
        w[row + j] += s * d[dOff + j];
      }
    }
  }

  @Override
  public void denseUpdate(
      float[] w, int stride, float[] x, int xo, int in, float scale, float[] d, int dOff, int jFrom, int jTo) {
    for (int i = 0; i < in; i++) {
      float s = scale * x[xo + i];
      int row = i * stride;
      for (int j = jFrom; j < jTo; j++) {
        w[row + j] += s * d[dOff + j];
      }
    }
  }

  @Override
  public void backpropagate(float[] v, int inStride, int out, float[] d, int dOff, float[] g, int go) {
    for (int i = 0; i < inStride; i++) {
      g[go + i] = v[i] * d[dOff];
    }
    for (int j = 1; j < out; j++) {
      float dj = d[dOff + j];
      int row = j * inStride;
      for (int i = 0; i < inStride; i++) {
        g[go + i] += v[row + i] * dj;
      }
    }
  }

  @Override
  public void denseBatchUpdate(
      float[] w, int stride, float[] x, int xStride, int in, int count, float scale, float[] d, int dStride,
      int jFrom, int jTo) {
    for (int s = 0; s < count; s++) {
      denseUpdate(w, stride, x, s * xStride, in, scale, d, s * dStride, jFrom, jTo);
    }
  }

  @Override
  public void denseBatchUpdateRows(
      float[] v, int inStride, float[] x, int xStride, int count, float scale, float[] d, int dStride, int jFrom,
      int jTo) {
    for (int s = 0; s < count; s++) {
      for (int j = jFrom; j < jTo; j++) {
        float dj = d[s * dStride + j];
        int row = j * inStride;
        for (int i = 0; i < inStride; i++) {
          v[row + i] += (scale * x[s * xStride + i]) * dj;
        }
      }
    }
  }

  @Override
  public void sigmoid(float[] z, float[] a, int o, int n) {
    for (int j = o; j < o + n; j++) {
      a[j] = (float) (1 / (1 + Math.exp(-z[j])));
    }
  }

  @Override
  public void sigmoidBackward(float[] g, float[] a, float[] d, int o, int n) {
    for (int j = o; j < o + n; j++) {
      d[j] = g[j] * (a[j] * (1 - a[j]));
    }
  }

  @Override
  public void flushSubnormals(float[] x, int o, int n) {
    for (int j = o; j < o + n; j++) {
      if (Math.abs(x[j]) < Float.MIN_NORMAL) {
        x[j] = 0;
      }
    }
  }

  @Override
  public void axpy(float scale, float[] x, int xo, float[] y, int jFrom, int jTo) {
    for (int j = jFrom; j < jTo; j++) {
      y[j] += scale * x[xo + j];
    }
  }

  @Override
  public void scaleColumns(float[] w, int stride, int rows, float factor, int jFrom, int jTo) {
    for (int i = 0; i < rows; i++) {
      for (int j = i * stride + jFrom; j < i * stride + jTo; j++) {
        w[j] *= factor;
      }
    }
  }
}
