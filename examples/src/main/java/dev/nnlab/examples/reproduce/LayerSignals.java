package dev.nnlab.examples.reproduce;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.model.Cost;
import dev.nnlab.examples.lab.Probe;
import dev.nnlab.network.DenseLayer;
import dev.nnlab.network.FeedForwardNetwork;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * One forward and one backward pass of a probe batch through a network, keeping every layer's
 * activations a = f(z) and back-propagated gradients δ = ∂C_x/∂z: the raw values behind Glorot
 * &amp; Bengio's histograms and Nielsen's chapter-5 norms. Written against the layer and plugin
 * contracts (weights, biases, {@link Activation}, {@link Cost}), so it measures whatever engine
 * trained the network; it leaves the network untouched.
 *
 * @param activations per layer, {@code m × units}
 * @param deltas per layer, {@code m × units}
 */
public record LayerSignals(List<DMatrixRMaj> activations, List<DMatrixRMaj> deltas) {

  /** Measures {@code network} on {@code probe} with the cost training uses. */
  public static LayerSignals of(FeedForwardNetwork network, Cost cost, Probe probe) {
    List<DMatrixRMaj> zs = new ArrayList<>();
    List<DMatrixRMaj> as = new ArrayList<>();
    DMatrixRMaj input = probe.inputs();
    for (DenseLayer layer : network.layers()) {
      DMatrixRMaj w = layer.weights().value();
      DMatrixRMaj b = layer.biases().value();
      DMatrixRMaj z = new DMatrixRMaj(input.numRows, w.numRows);
      CommonOps_DDRM.multTransB(input, w, z);
      for (int i = 0; i < z.numRows; i++) {
        for (int j = 0; j < z.numCols; j++) {
          z.data[i * z.numCols + j] += b.data[j];
        }
      }
      DMatrixRMaj a = new DMatrixRMaj(z.numRows, z.numCols);
      layer.activation().value().forward(z, a);
      zs.add(z);
      as.add(a);
      input = a;
    }
    int last = as.size() - 1;
    DMatrixRMaj[] deltas = new DMatrixRMaj[as.size()];
    DMatrixRMaj gradA = new DMatrixRMaj(as.get(last).numRows, as.get(last).numCols);
    cost.gradient(as.get(last), probe.targets(), gradA);
    for (int l = last; l >= 0; l--) {
      DMatrixRMaj delta = new DMatrixRMaj(gradA.numRows, gradA.numCols);
      network.layer(l).activation().value().backward(zs.get(l), as.get(l), gradA, delta);
      deltas[l] = delta;
      if (l > 0) {
        gradA = new DMatrixRMaj(delta.numRows, network.layer(l).inputSize());
        CommonOps_DDRM.mult(delta, network.layer(l).weights().value(), gradA);
      }
    }
    return new LayerSignals(List.copyOf(as), List.of(deltas));
  }

  /** Layers measured, the output layer included. */
  public int layers() {
    return activations.size();
  }

  /**
   * ‖∂C/∂b‖ of layer {@code l}: the Euclidean norm of the batch-mean bias gradient, (1/m) Σ_x δ_x.
   * This is what Nielsen's generate_gradient.py computes (the average of backprop's nabla_b over
   * the training images, then its norm).
   */
  public double biasGradientNorm(int l) {
    DMatrixRMaj delta = deltas.get(l);
    double squares = 0;
    for (int j = 0; j < delta.numCols; j++) {
      double sum = 0;
      for (int i = 0; i < delta.numRows; i++) {
        sum += delta.data[i * delta.numCols + j];
      }
      double mean = sum / delta.numRows;
      squares += mean * mean;
    }
    return Math.sqrt(squares);
  }

  /** Every activation of layer {@code l} over the batch, as one array. */
  public double[] activationValues(int l) {
    return values(activations.get(l));
  }

  /** Every δ of layer {@code l} over the batch, as one array. */
  public double[] deltaValues(int l) {
    return values(deltas.get(l));
  }

  private static double[] values(DMatrixRMaj m) {
    return java.util.Arrays.copyOf(m.data, m.getNumElements());
  }
}
