package dev.nnlab.network.fast;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.layer.DenseGeometry;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.network.cost.CanonicalLinks;
import org.ejml.data.DMatrixRMaj;

/**
 * A dense layer's parameters in single precision, in the layout of {@link FloatOps}: weights
 * input-major ({@code in × stride}, stride = out rounded up to the lanes), biases padded to the
 * stride, padding zero. Layers after the first also keep the weights output-major ({@code out ×
 * inStride}), updated in step, so that the backward pass is a sum of rows rather than of dot
 * products. The activation is the logistic sigmoid (vectorised), any other element-wise
 * activation, evaluated through its scalar {@code value}/{@code derivative}, or — on the output
 * layer, when the cost has it as canonical link — any activation, through its own forward pass
 * ({@link RowActivation}: softmax).
 */
final class FloatLayer {

  final int in;
  final int out;
  final int stride;
  final int inStride;
  final float[] w;
  final float[] b;
  /** Output-major copy of w, or null for the first layer, which never backpropagates. */
  final float[] v;
  /** The element-wise activation, or null when {@link #row} applies a row-wise one. */
  private final ElementwiseActivation activation;
  private final RowActivation row;
  private final boolean sigmoid;

  /**
   * @param layer a layer that declares a {@link DenseGeometry}; its parameters are the weights then
   *     the biases, in that contract's layout. An activation that is not element-wise is applied
   *     row by row and has no backward pass here (see {@link FastTraining#unsupported})
   * @param slots the samples a batch holds: a row-wise activation keeps work matrices per sample
   */
  FloatLayer(Layer layer, int lanes, int slots) {
    DenseGeometry geometry =
        layer.capability(DenseGeometry.class)
            .orElseThrow(() -> new IllegalArgumentException(
                "layer " + layer.position() + " " + layer.definition() + " declares no dense geometry"));
    Activation f = geometry.activation().value();
    this.activation = f instanceof ElementwiseActivation e ? e : null;
    this.row = activation == null ? new RowActivation(f, geometry.units(), slots) : null;
    this.sigmoid = activation != null && CanonicalLinks.isLogistic(activation);
    this.in = geometry.inputs();
    this.out = geometry.units();
    this.stride = (out + lanes - 1) / lanes * lanes;
    this.inStride = (in + lanes - 1) / lanes * lanes;
    this.w = new float[in * stride];
    this.b = new float[stride];
    this.v = layer.position() == 1 ? null : new float[out * inStride];
    load(layer);
  }

  /** The weights (units × inputs) and the biases, DenseGeometry's parameter order. */
  static DMatrixRMaj weights(Layer layer) {
    return layer.parameters().get(0).value();
  }

  static DMatrixRMaj biases(Layer layer) {
    return layer.parameters().get(1).value();
  }

  /** Copies the layer's double parameters in, rounded to float. */
  void load(Layer layer) {
    DMatrixRMaj weights = weights(layer);
    DMatrixRMaj biases = biases(layer);
    for (int j = 0; j < out; j++) {
      for (int i = 0; i < in; i++) {
        w[i * stride + j] = (float) weights.data[j * in + i];
        if (v != null) {
          v[j * inStride + i] = w[i * stride + j];
        }
      }
      b[j] = (float) biases.data[j];
    }
  }

  /** Writes these parameters into the layer's double matrices. */
  void store(Layer layer) {
    DMatrixRMaj weights = weights(layer);
    DMatrixRMaj biases = biases(layer);
    for (int j = 0; j < out; j++) {
      for (int i = 0; i < in; i++) {
        weights.data[j * in + i] = w[i * stride + j];
      }
      biases.data[j] = b[j];
    }
  }

  boolean vectorisedActivation() {
    return sigmoid;
  }

  /**
   * a = f(z) on one sample's row at offset {@code o} (sample slot o / stride); the padding of a is
   * zero.
   */
  void activate(FloatOps ops, float[] z, float[] a, int o) {
    if (row != null) {
      row.forward(z, a, o, o / stride);
    } else if (sigmoid) {
      ops.sigmoid(z, a, o, stride);
      for (int j = o + out; j < o + stride; j++) {
        a[j] = 0;
      }
    } else {
      for (int j = o; j < o + out; j++) {
        a[j] = (float) activation.value(z[j]);
      }
    }
  }

  /** δ = g ⊙ f′(z) on one sample's row; the padding of δ must stay zero, so g's padding is zero. */
  void backward(FloatOps ops, float[] z, float[] a, float[] g, float[] d, int o) {
    requireElementwise();
    if (sigmoid) {
      ops.sigmoidBackward(g, a, d, o, stride);
    } else {
      for (int j = o; j < o + out; j++) {
        d[j] = g[j] * derivative(z, a, j);
      }
    }
  }

  /** f′ at entry {@code j}, given z and a = f(z). */
  private float derivative(float[] z, float[] a, int j) {
    return sigmoid ? a[j] * (1 - a[j]) : (float) activation.derivative(z[j], a[j]);
  }

  private void requireElementwise() {
    if (row != null) {
      throw new IllegalStateException(
          "a row-wise output activation has no element-wise backward pass: δ = a − y needs it as the cost's canonical link");
    }
  }
}
