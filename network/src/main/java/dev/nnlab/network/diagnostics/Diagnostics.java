package dev.nnlab.network.diagnostics;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.Shape;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.network.backend.reference.LayerStack;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Measures a network on a probe batch: one forward pass (without dropout) plus statistics of the
 * weights and of the gradients left by the last backward pass. Costs about one forward pass of the
 * probe batch and a few passes over the weights, so it can run every epoch or every few batches.
 *
 * <p>Definitions are in {@code docs/engine.md}. Saturation: for an {@link ElementwiseActivation}, a
 * (sample, unit) pair is saturated when |f′(z)| &lt; {@value #SATURATION_THRESHOLD} × the peak |f′|
 * (the largest |f′| on a grid of z in [−{@value #PEAK_SEARCH_RANGE}, {@value #PEAK_SEARCH_RANGE}],
 * e.g. 0.25 for the sigmoid, 1 for tanh); a unit is dead when f′(z) = 0 for every sample. A unit
 * is one output channel: a dense layer's unit, or a convolution's filter with its whole feature map
 * (a filter that still fires somewhere passes gradient to all its weights; counting each position
 * alone would call a filter dead wherever the input is the same for every image, as on MNIST's
 * empty border; {@link SaturationProfile} also gives the per-channel shares).
 *
 * <p>It measures the layers that have weights, an activation and a pre-activation (dense and
 * convolution layers); layers without them (pooling, flatten, dropout) are left out, and the
 * remaining ones keep their positions.
 */
public final class Diagnostics {

  /** A unit is saturated on a sample when |f′(z)| is below this fraction of the peak |f′|. */
  public static final double SATURATION_THRESHOLD = 0.01;

  /** Histograms have this many equal-width bins over the values' own range. */
  public static final int HISTOGRAM_BINS = 40;

  static final double PEAK_SEARCH_RANGE = 10;
  private static final double PEAK_SEARCH_STEP = 1.0 / 128;

  private Diagnostics() {}

  /** Probes without update ratios (reported as NaN). */
  public static NetworkDiagnostics probe(Network network, DMatrixRMaj inputs) {
    double[] none = new double[network.layers().size()];
    Arrays.fill(none, Double.NaN);
    return probe(network, inputs, none);
  }

  /**
   * Probes {@code network} on {@code inputs} ({@code m × inputSize}).
   *
   * @param updateRatios ‖ΔW‖/‖W‖ of the last update per layer (layer p at index p − 1), NaN where
   *     unknown
   */
  public static NetworkDiagnostics probe(Network network, DMatrixRMaj inputs, double[] updateRatios) {
    if (updateRatios.length != network.layers().size()) {
      throw new IllegalArgumentException(
          updateRatios.length + " update ratios for " + network.layers().size() + " layers");
    }
    LayerStack stack = LayerStack.forInference(network);
    stack.forward(inputs);
    List<LayerDiagnostics> layers = new ArrayList<>();
    for (Layer layer : network.layers()) {
      int p = layer.position();
      Optional<DMatrixRMaj> pre = stack.preActivation(p);
      Optional<Parameter> weights = parameter(layer, Parameter.Role.WEIGHTS);
      if (pre.isEmpty() || weights.isEmpty() || layer.activation().isEmpty()) {
        continue;
      }
      DMatrixRMaj z = pre.get();
      DMatrixRMaj a = stack.activation(p);
      int n = z.getNumElements();
      DMatrixRMaj w = weights.get().value();
      DMatrixRMaj gradW = weights.get().gradient();
      double biasGradientNorm =
          parameter(layer, Parameter.Role.BIASES).map(b -> NormOps_DDRM.normF(b.gradient())).orElse(0.0);
      layers.add(
          new LayerDiagnostics(
              p,
              layer.activation().get().spec(),
              layer.outputShape().size(),
              Summary.of(z.data, n),
              Summary.of(a.data, n),
              saturation(layer.activation().get().value(), z, a, layer.outputShape()),
              NormOps_DDRM.normF(w),
              NormOps_DDRM.normF(gradW),
              biasGradientNorm,
              updateRatios[p - 1],
              Histogram.of(w.data, w.getNumElements(), HISTOGRAM_BINS),
              Histogram.of(a.data, n, HISTOGRAM_BINS),
              Histogram.of(gradW.data, gradW.getNumElements(), HISTOGRAM_BINS)));
    }
    return new NetworkDiagnostics(inputs.numRows, layers);
  }

  /** The layer's first parameter of {@code role}. */
  public static Optional<Parameter> parameter(Layer layer, Parameter.Role role) {
    return layer.parameters().stream().filter(p -> p.role() == role).findFirst();
  }

  /** Saturated and dead units of a flat layer (one unit per column of z), given its z and a on the probe batch. */
  public static Saturation saturation(Activation activation, DMatrixRMaj z, DMatrixRMaj a) {
    return SaturationProfile.of(activation, z, a, Shape.flat(z.numCols)).layer();
  }

  /**
   * Saturated and dead units of a layer with output {@code shape}: for a spatial output the units
   * are its channels ({@link SaturationProfile}).
   */
  public static Saturation saturation(Activation activation, DMatrixRMaj z, DMatrixRMaj a, Shape shape) {
    return SaturationProfile.of(activation, z, a, shape).layer();
  }

  /** The largest |f′(z)| on a grid of z in [−10, 10]. */
  static double peakDerivative(ElementwiseActivation f) {
    double peak = 0;
    for (double z = -PEAK_SEARCH_RANGE; z <= PEAK_SEARCH_RANGE; z += PEAK_SEARCH_STEP) {
      peak = Math.max(peak, Math.abs(f.derivative(z, f.value(z))));
    }
    return peak;
  }
}
