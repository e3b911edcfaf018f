package dev.nnlab.network.train;

import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.layer.Network;
import org.ejml.data.DMatrixRMaj;

/**
 * Nielsen's network.py / network2.py training loop, written plainly per sample with column
 * vectors, as the reference the batched engine must match: update_mini_batch sums each sample's
 * backprop gradients, then w ← (1 − ηλ/n)·w − (η/m)·Σ∇w and b ← b − (η/m)·Σ∇b.
 */
final class NielsenReference {

  enum CostKind {
    /** δ_L = (a − y) ⊙ σ′(z). */
    QUADRATIC,
    /** δ_L = a − y. */
    CROSS_ENTROPY
  }

  final double[][][] w;
  final double[][] b;
  private final ElementwiseActivation[] f;
  private final CostKind cost;
  private final double eta;
  private final double lambda;

  /** Copies the network's current weights and activations. */
  NielsenReference(Network network, CostKind cost, double eta, double lambda) {
    int layers = network.layers().size();
    w = new double[layers][][];
    b = new double[layers][];
    f = new ElementwiseActivation[layers];
    for (int l = 0; l < layers; l++) {
      DMatrixRMaj weights = network.parameter("layer" + (l + 1) + ".weights").value();
      DMatrixRMaj biases = network.parameter("layer" + (l + 1) + ".biases").value();
      w[l] = new double[weights.numRows][weights.numCols];
      b[l] = new double[weights.numRows];
      for (int j = 0; j < weights.numRows; j++) {
        for (int k = 0; k < weights.numCols; k++) {
          w[l][j][k] = weights.get(j, k);
        }
        b[l][j] = biases.get(j, 0);
      }
      f[l] = (ElementwiseActivation) network.layers().get(l).activation().orElseThrow().value();
    }
    this.cost = cost;
    this.eta = eta;
    this.lambda = lambda;
  }

  /** One epoch over {@code order}, in mini-batches of {@code m}; n is the training-set size. */
  void epoch(double[][] xs, double[][] ys, int[] order, int m) {
    int n = order.length;
    for (int from = 0; from < n; from += m) {
      int count = Math.min(m, n - from);
      updateMiniBatch(xs, ys, order, from, count, n);
    }
  }

  private void updateMiniBatch(double[][] xs, double[][] ys, int[] order, int from, int count, int n) {
    double[][][] nablaW = new double[w.length][][];
    double[][] nablaB = new double[w.length][];
    for (int l = 0; l < w.length; l++) {
      nablaW[l] = new double[w[l].length][w[l][0].length];
      nablaB[l] = new double[b[l].length];
    }
    for (int s = from; s < from + count; s++) {
      backprop(xs[order[s]], ys[order[s]], nablaW, nablaB);
    }
    for (int l = 0; l < w.length; l++) {
      for (int j = 0; j < w[l].length; j++) {
        for (int k = 0; k < w[l][j].length; k++) {
          w[l][j][k] = (1 - eta * lambda / n) * w[l][j][k] - (eta / count) * nablaW[l][j][k];
        }
        b[l][j] -= (eta / count) * nablaB[l][j];
      }
    }
  }

  /** Adds one sample's ∇w and ∇b to the sums. */
  private void backprop(double[] x, double[] y, double[][][] nablaW, double[][] nablaB) {
    int layers = w.length;
    double[][] activations = new double[layers + 1][];
    double[][] zs = new double[layers][];
    activations[0] = x;
    for (int l = 0; l < layers; l++) {
      zs[l] = new double[w[l].length];
      activations[l + 1] = new double[w[l].length];
      for (int j = 0; j < w[l].length; j++) {
        double z = b[l][j];
        for (int k = 0; k < w[l][j].length; k++) {
          z += w[l][j][k] * activations[l][k];
        }
        zs[l][j] = z;
        activations[l + 1][j] = f[l].value(z);
      }
    }
    double[] delta = new double[w[layers - 1].length];
    for (int j = 0; j < delta.length; j++) {
      double a = activations[layers][j];
      delta[j] = cost == CostKind.QUADRATIC ? (a - y[j]) * f[layers - 1].derivative(zs[layers - 1][j], a) : a - y[j];
    }
    for (int l = layers - 1; l >= 0; l--) {
      for (int j = 0; j < delta.length; j++) {
        nablaB[l][j] += delta[j];
        for (int k = 0; k < w[l][j].length; k++) {
          nablaW[l][j][k] += delta[j] * activations[l][k];
        }
      }
      if (l > 0) {
        double[] previous = new double[w[l][0].length];
        for (int k = 0; k < previous.length; k++) {
          double sum = 0;
          for (int j = 0; j < delta.length; j++) {
            sum += w[l][j][k] * delta[j];
          }
          previous[k] = sum * f[l - 1].derivative(zs[l - 1][k], activations[l][k]);
        }
        delta = previous;
      }
    }
  }
}
