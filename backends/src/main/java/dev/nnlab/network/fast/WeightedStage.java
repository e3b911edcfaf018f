package dev.nnlab.network.fast;

import dev.nnlab.core.layer.Layer;
import org.ejml.data.DMatrixRMaj;

/**
 * A stage with weights and biases stored as the layer stores them (weights row-major, one row per
 * output unit or filter; biases one per row), in float, with their gradients summed over the batch.
 */
abstract class WeightedStage extends FloatStage {

  final int rows;
  final int cols;
  final float[] w;
  final float[] b;
  final float[] gradW;
  final float[] gradB;

  /** Reads the layer's weights ({@code rows × cols}) and biases ({@code rows × 1}), rounded to float. */
  WeightedStage(Layer layer, int rows, int cols, int inSize, int outSize) {
    super(inSize, outSize);
    this.rows = rows;
    this.cols = cols;
    this.w = new float[rows * cols];
    this.b = new float[rows];
    this.gradW = new float[rows * cols];
    this.gradB = new float[rows];
    DMatrixRMaj weights = layer.parameters().get(0).value();
    DMatrixRMaj biases = layer.parameters().get(1).value();
    if (weights.getNumElements() != w.length || biases.getNumElements() != b.length) {
      throw new IllegalArgumentException(
          "layer " + layer.position() + "'s parameters are " + weights.numRows + "×" + weights.numCols + " and "
              + biases.numRows + "×" + biases.numCols + ", its geometry says " + rows + "×" + cols + " and "
              + rows + "×1");
    }
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) weights.data[i];
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = (float) biases.data[i];
    }
  }

  @Override
  final void clearGradients() {
    java.util.Arrays.fill(gradW, 0f);
    java.util.Arrays.fill(gradB, 0f);
  }

  @Override
  final void update(float scale, float decay) {
    if (decay == 1) {
      for (int i = 0; i < w.length; i++) {
        w[i] += scale * gradW[i];
      }
    } else {
      for (int i = 0; i < w.length; i++) {
        w[i] = decay * w[i] + scale * gradW[i];
      }
    }
    for (int i = 0; i < b.length; i++) {
      b[i] += scale * gradB[i];
    }
  }

  @Override
  final void storeParameters(Layer layer) {
    double[] weights = layer.parameters().get(0).value().data;
    double[] biases = layer.parameters().get(1).value().data;
    for (int i = 0; i < w.length; i++) {
      weights[i] = w[i];
    }
    for (int i = 0; i < b.length; i++) {
      biases[i] = b[i];
    }
  }

  /**
   * The L2 term is taken at the weights the batch started from: once the batch's update is applied,
   * w_before = (w + η·ḡ)/decay.
   */
  @Override
  final void storeGradients(Layer layer, int count, boolean updated, float eta, float decay, double lambdaOverN) {
    double[] gw = layer.parameters().get(0).gradient().data;
    double[] gb = layer.parameters().get(1).gradient().data;
    double mean = count == 0 ? 0 : 1.0 / count;
    for (int i = 0; i < w.length; i++) {
      double g = gradW[i] * mean;
      double before = updated ? (w[i] + eta * g) / decay : w[i];
      gw[i] = lambdaOverN == 0 ? g : g + lambdaOverN * before;
    }
    for (int i = 0; i < b.length; i++) {
      gb[i] = gradB[i] * mean;
    }
  }
}
