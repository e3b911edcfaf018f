package dev.nnlab.cli.reproduce;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Cost;
import dev.nnlab.network.audit.Probe;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

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

  /** What the inference passes get as their stream: they draw nothing from it. */
  private static final RandomGenerator NO_RANDOMNESS = new java.util.SplittableRandom(0);

  /**
   * Measures {@code network} on {@code probe} with the cost training uses. Runs the layers' own
   * forward and backward passes (in inference mode, so nothing is dropped), which leaves the
   * parameters' values untouched but overwrites their gradients.
   */
  public static LayerSignals of(Network network, Cost cost, Probe probe) {
    List<Layer> layers = network.layers();
    List<DMatrixRMaj> as = activations(network, probe);
    int last = as.size() - 1;
    DMatrixRMaj[] deltas = new DMatrixRMaj[as.size()];
    DMatrixRMaj gradA = new DMatrixRMaj(as.get(last).numRows, as.get(last).numCols);
    cost.gradient(as.get(last), probe.targets(), gradA);
    for (int l = last; l >= 0; l--) {
      Layer layer = layers.get(l);
      DMatrixRMaj z = layer.preActivation().orElseThrow(() -> new IllegalArgumentException(
          "layer " + layer.position() + " " + layer.definition() + " has no pre-activation to measure"));
      DMatrixRMaj delta = new DMatrixRMaj(gradA.numRows, gradA.numCols);
      layer.activation().orElseThrow().value().backward(z, as.get(l), gradA, delta);
      deltas[l] = delta;
      if (l > 0) {
        gradA = new DMatrixRMaj(delta.numRows, layer.inputShape().size());
        layer.backward(delta, true, gradA);
      }
    }
    return new LayerSignals(List.copyOf(as), List.of(deltas));
  }

  /**
   * The forward pass alone: every layer's activations on {@code probe} ({@code m × units} each),
   * in inference mode; half the cost of {@link #of} where no gradient is wanted.
   */
  public static List<DMatrixRMaj> activations(Network network, Probe probe) {
    List<DMatrixRMaj> as = new ArrayList<>();
    DMatrixRMaj input = probe.inputs();
    for (Layer layer : network.layers()) {
      DMatrixRMaj a = new DMatrixRMaj(input.numRows, layer.outputShape().size());
      layer.forward(input, a, Mode.INFERENCE, NO_RANDOMNESS);
      as.add(a);
      input = a;
    }
    return List.copyOf(as);
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
