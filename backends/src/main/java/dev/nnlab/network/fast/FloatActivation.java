package dev.nnlab.network.fast;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.network.cost.CanonicalLinks;

/**
 * An element-wise activation on float runs: the logistic sigmoid through the vectorised
 * {@link FloatOps} (recognised by what it computes, not by its name), any other through its scalar
 * {@code value}/{@code derivative}. Runs may include padding; padding of the gradient must be zero,
 * and then the padding of δ is zero too.
 */
final class FloatActivation {

  private final ElementwiseActivation f;
  private final boolean sigmoid;

  FloatActivation(ElementwiseActivation f) {
    this.f = f;
    this.sigmoid = CanonicalLinks.isLogistic(f);
  }

  /** a[o + j] = f(z[o + j]) for j &lt; n, n a multiple of the lanes. */
  void forward(FloatOps ops, float[] z, float[] a, int o, int n) {
    if (sigmoid) {
      ops.sigmoid(z, a, o, n);
    } else {
      for (int j = o; j < o + n; j++) {
        a[j] = (float) f.value(z[j]);
      }
    }
  }

  /** d[o + j] = g[o + j]·f′(z[o + j]) for j &lt; n, given a = f(z). */
  void backward(FloatOps ops, float[] g, float[] z, float[] a, float[] d, int o, int n) {
    if (sigmoid) {
      ops.sigmoidBackward(g, a, d, o, n);
    } else {
      for (int j = o; j < o + n; j++) {
        d[j] = g[j] == 0 ? 0 : g[j] * (float) f.derivative(z[j], a[j]);
      }
    }
  }

  /** f′ at one entry, given z and a = f(z). */
  float derivative(float z, float a) {
    return sigmoid ? a * (1 - a) : (float) f.derivative(z, a);
  }
}
