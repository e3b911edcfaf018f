package dev.nnlab.network.diagnostics;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.activation.Range;
import dev.nnlab.core.layer.Shape;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A layer's saturated and dead units on the probe batch, and, for a layer with a spatial output,
 * the same channel by channel, from one pass over z and a.
 *
 * <p>The unit of a flat layer (dense) is a neuron; the unit of a spatial layer is a channel,
 * whose positions share one filter: it is dead when f′(z) = 0 at every position for every sample.
 * Counting positions as units instead would call a healthy ReLU convolution dead wherever MNIST's
 * empty border gives every image the same input. The saturated share counts (sample, unit,
 * position) triples either way.
 *
 * @param layer the whole layer's measure
 * @param channels one per channel, in order, for a spatial output; empty for a flat one or an
 *     activation that is not element-wise
 */
public record SaturationProfile(Saturation layer, List<ChannelSaturation> channels) {

  public SaturationProfile {
    channels = List.copyOf(channels);
  }

  /**
   * @param z the pre-activation, {@code rows × shape.size()}, laid out as {@link Shape} says
   *     (channel-major)
   * @param a f(z), the same shape
   * @param shape the layer's output shape
   * @throws IllegalArgumentException if z's rows do not hold {@code shape.size()} values
   */
  public static SaturationProfile of(Activation activation, DMatrixRMaj z, DMatrixRMaj a, Shape shape) {
    if (shape.size() != z.numCols) {
      throw new IllegalArgumentException(z.numCols + " values per example, but the shape " + shape + " holds "
          + shape.size());
    }
    if (!(activation instanceof ElementwiseActivation f)) {
      return new SaturationProfile(new Saturation(Saturation.Kind.NOT_APPLICABLE, Double.NaN, Double.NaN), List.of());
    }
    int rows = z.numRows;
    int columns = z.numCols;
    boolean spatial = !shape.isFlat();
    int channels = spatial ? shape.channels() : columns;
    int positions = spatial ? shape.height() * shape.width() : 1;
    double limit = Diagnostics.SATURATION_THRESHOLD * Diagnostics.peakDerivative(f);
    long[] saturated = new long[channels];
    double[] sum = new double[channels];
    double[] squares = new double[channels];
    boolean[] alive = new boolean[columns];
    for (int i = 0; i < rows; i++) {
      int row = i * columns;
      for (int c = 0; c < channels; c++) {
        for (int p = 0, k = row + c * positions; p < positions; p++, k++) {
          double derivative = Math.abs(f.derivative(z.data[k], a.data[k]));
          if (derivative < limit) {
            saturated[c]++;
          }
          if (derivative != 0) {
            alive[k - row] = true;
          }
          sum[c] += z.data[k];
          squares[c] += z.data[k] * z.data[k];
        }
      }
    }
    Range range = f.range();
    Saturation.Kind kind = Double.isFinite(range.lower()) && Double.isFinite(range.upper())
        ? Saturation.Kind.SATURATING
        : Saturation.Kind.DYING;
    long saturatedTotal = 0;
    int deadUnits = 0;
    List<ChannelSaturation> measured = new ArrayList<>();
    double pairs = (double) rows * positions;
    for (int c = 0; c < channels; c++) {
      int deadPositions = 0;
      for (int p = 0; p < positions; p++) {
        if (!alive[c * positions + p]) {
          deadPositions++;
        }
      }
      saturatedTotal += saturated[c];
      if (deadPositions == positions) {
        deadUnits++;
      }
      if (spatial) {
        double mean = sum[c] / pairs;
        double variance = Math.max(0, squares[c] / pairs - mean * mean);
        measured.add(new ChannelSaturation(
            c + 1, kind, saturated[c] / pairs, (double) deadPositions / positions, mean, Math.sqrt(variance)));
      }
    }
    Saturation layer = new Saturation(kind, (double) saturatedTotal / ((long) rows * columns), (double) deadUnits / channels);
    return new SaturationProfile(layer, measured);
  }
}
