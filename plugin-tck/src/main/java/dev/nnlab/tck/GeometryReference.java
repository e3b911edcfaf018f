package dev.nnlab.tck;

import dev.nnlab.core.layer.ConvolutionGeometry;
import dev.nnlab.core.layer.DenseGeometry;
import dev.nnlab.core.layer.PoolingGeometry;
import dev.nnlab.core.layer.Shape;
import org.ejml.data.DMatrixRMaj;

/**
 * What a declared geometry says a layer computes, written as the plain loops of its definition, so
 * that a backend reading the declaration and the parameter layout gets the layer's own results.
 */
final class GeometryReference {

  private GeometryReference() {}

  /** a = f(z), z[f][i][j] = b[f] + Σ_c Σ_u Σ_v W[f][(c·k + u)·k + v]·x[c][i·s + u − p][j·s + v − p]. */
  static DMatrixRMaj convolution(ConvolutionGeometry g, DMatrixRMaj weights, DMatrixRMaj biases, DMatrixRMaj x) {
    Shape in = g.input();
    int k = g.kernel();
    int oh = (in.height() + 2 * g.padding() - k) / g.stride() + 1;
    int ow = (in.width() + 2 * g.padding() - k) / g.stride() + 1;
    DMatrixRMaj z = new DMatrixRMaj(x.numRows, g.filters() * oh * ow);
    for (int n = 0; n < x.numRows; n++) {
      for (int f = 0; f < g.filters(); f++) {
        for (int i = 0; i < oh; i++) {
          for (int j = 0; j < ow; j++) {
            double sum = biases.get(f, 0);
            for (int c = 0; c < in.channels(); c++) {
              for (int u = 0; u < k; u++) {
                for (int v = 0; v < k; v++) {
                  int y = i * g.stride() + u - g.padding();
                  int xx = j * g.stride() + v - g.padding();
                  if (y >= 0 && y < in.height() && xx >= 0 && xx < in.width()) {
                    sum += weights.get(f, (c * k + u) * k + v) * x.get(n, (c * in.height() + y) * in.width() + xx);
                  }
                }
              }
            }
            z.set(n, (f * oh + i) * ow + j, sum);
          }
        }
      }
    }
    return activated(g.activation().value(), z);
  }

  /** The max or mean of each window. */
  static DMatrixRMaj pooling(PoolingGeometry g, DMatrixRMaj x) {
    Shape in = g.input();
    int oh = (in.height() - g.size()) / g.stride() + 1;
    int ow = (in.width() - g.size()) / g.stride() + 1;
    DMatrixRMaj out = new DMatrixRMaj(x.numRows, in.channels() * oh * ow);
    for (int n = 0; n < x.numRows; n++) {
      for (int c = 0; c < in.channels(); c++) {
        for (int i = 0; i < oh; i++) {
          for (int j = 0; j < ow; j++) {
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (int u = 0; u < g.size(); u++) {
              for (int v = 0; v < g.size(); v++) {
                double value = x.get(n, (c * in.height() + i * g.stride() + u) * in.width() + j * g.stride() + v);
                max = Math.max(max, value);
                sum += value;
              }
            }
            double pooled = g.kind() == PoolingGeometry.Kind.MAX ? max : sum / (g.size() * g.size());
            out.set(n, (c * oh + i) * ow + j, pooled);
          }
        }
      }
    }
    return out;
  }

  /** a = f(x·Wᵀ + 1·bᵀ). */
  static DMatrixRMaj dense(DenseGeometry g, DMatrixRMaj weights, DMatrixRMaj biases, DMatrixRMaj x) {
    DMatrixRMaj z = new DMatrixRMaj(x.numRows, g.units());
    for (int n = 0; n < x.numRows; n++) {
      for (int u = 0; u < g.units(); u++) {
        double sum = biases.get(u, 0);
        for (int i = 0; i < g.inputs(); i++) {
          sum += x.get(n, i) * weights.get(u, i);
        }
        z.set(n, u, sum);
      }
    }
    return activated(g.activation().value(), z);
  }

  private static DMatrixRMaj activated(dev.nnlab.core.activation.Activation f, DMatrixRMaj z) {
    DMatrixRMaj a = z.createLike();
    f.forward(z, a);
    return a;
  }
}
