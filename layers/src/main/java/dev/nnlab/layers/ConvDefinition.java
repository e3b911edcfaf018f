package dev.nnlab.layers;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.LayerContext;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.Shape;

/**
 * {@code conv(filters, kernel, stride, padding, activation, weights, biases)}: a 2-D
 * convolution with square kernels; see {@link dev.nnlab.core.layer.ConvolutionGeometry}.
 *
 * @param spec the canonical spec, every parameter written out
 */
record ConvDefinition(
    String spec,
    int filters,
    int kernel,
    int stride,
    int padding,
    Overridable<Activation> activation,
    Overridable<Initializer> weightInit,
    Overridable<Initializer> biasInit)
    implements LayerDefinition {

  @Override
  public Shape outputShape(Shape input) {
    return Windows.convolution(input, filters, kernel, stride, padding);
  }

  @Override
  public Layer create(LayerContext context) {
    return new ConvLayer(this, context);
  }

  @Override
  public String toString() {
    return spec;
  }
}
