package dev.nnlab.network.audit;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.ParameterInitializers;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.network.backend.Dropout;
import dev.nnlab.network.backend.reference.LayerStack;
import dev.nnlab.network.diagnostics.Diagnostics;
import dev.nnlab.network.diagnostics.SaturationProfile;
import dev.nnlab.network.diagnostics.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Audits an initialised network before training: one forward pass and one backward pass of a probe
 * batch (1,000 training examples by default), measured per layer, then judged by {@link Verdicts}.
 *
 * <pre>{@code
 * AuditReport report = NetworkAudit.audit(network, cost, TrainingPace.of(3.0, 50_000, 10), x, y);
 * report.findings().forEach(f -> log.info(f.message()));
 * }</pre>
 *
 * The backward pass overwrites the parameters' gradient buffers (as any training step would) and
 * nothing else: weights and biases are left untouched. It measures the layers that declare
 * {@link ParameterInitializers} and have weights, biases, an activation and a pre-activation (dense
 * and convolution layers); the others (pooling, flatten, dropout) are left out and the measured
 * ones keep their positions. A layer with a spatial output is also measured channel by channel
 * ({@link SaturationProfile}).
 */
public final class NetworkAudit {

  /** How many training examples the audit pushes through unless told otherwise. */
  public static final int DEFAULT_PROBE_SIZE = 1000;

  private NetworkAudit() {}

  /**
   * @param cost the cost training would use; gives the backward pass's δ
   * @param pace how far training could move the weights, for the frozen-layer rule
   * @param inputs the probe batch, {@code m × inputSize}
   * @param targets its targets, {@code m × outputSize}
   */
  public static AuditReport audit(
      Network network, Cost cost, TrainingPace pace, DMatrixRMaj inputs, DMatrixRMaj targets) {
    if (inputs.numRows != targets.numRows || inputs.numRows < 1) {
      throw new IllegalArgumentException(
          "the probe batch needs as many target rows as input rows (at least 1), got " + inputs.numRows
              + " inputs and " + targets.numRows + " targets");
    }
    // training mode without dropout draws nothing; the stream only honours the layer contract
    LayerStack stack = LayerStack.forTraining(network, cost, Dropout.none(), new SplittableRandom(0));
    stack.forwardTraining(inputs);
    stack.backward(targets);
    List<LayerAudit> layers = new ArrayList<>();
    for (Layer layer : network.layers()) {
      if (measurable(layer, stack)) {
        layers.add(measure(layer, stack, network.layers().size(), pace));
      }
    }
    int last = network.layers().size();
    OutputCollapse collapse =
        OutputCollapse.of(stack.preActivation(last).orElse(stack.output()), stack.output());
    boolean fused = stack.fusedOutputDelta();
    List<Finding> broken = nonFinite(network);
    // with NaN or infinite parameters every reading is NaN: "frozen, E[w²] = NaN" would mislead
    List<Finding> findings = broken.isEmpty() ? Verdicts.judge(layers, collapse, pace, fused) : broken;
    return new AuditReport(inputs.numRows, pace, fused, layers, collapse, findings);
  }

  /** One finding per layer holding a NaN or infinite parameter value, naming the first. */
  private static List<Finding> nonFinite(Network network) {
    List<Finding> findings = new ArrayList<>();
    for (Layer layer : network.layers()) {
      for (Parameter p : layer.parameters()) {
        double[] values = p.value().data;
        int count = 0;
        int first = -1;
        for (int i = 0; i < p.size(); i++) {
          if (!Double.isFinite(values[i])) {
            count++;
            first = first < 0 ? i : first;
          }
        }
        if (count > 0) {
          findings.add(new Finding(Finding.Severity.PROBLEM, Finding.Rule.NON_FINITE, layer.position(),
              String.format(java.util.Locale.ROOT, "layer %d: %,d of %,d %s values are not finite (the first is %s):"
                  + " the network cannot compute anything; it was probably saved from a diverged run."
                  + " Retrain it, with a smaller learning rate if it diverged", layer.position(), count, p.size(),
                  p.name(), values[first])));
          break;
        }
      }
    }
    return findings;
  }

  private static boolean measurable(Layer layer, LayerStack stack) {
    return layer.capability(ParameterInitializers.class).isPresent()
        && layer.activation().isPresent()
        && stack.preActivation(layer.position()).isPresent()
        && Diagnostics.parameter(layer, Parameter.Role.WEIGHTS).isPresent()
        && Diagnostics.parameter(layer, Parameter.Role.BIASES).isPresent();
  }

  private static LayerAudit measure(Layer layer, LayerStack stack, int count, TrainingPace pace) {
    int p = layer.position();
    ParameterInitializers init = layer.capability(ParameterInitializers.class).orElseThrow();
    DMatrixRMaj z = stack.preActivation(p).orElseThrow();
    DMatrixRMaj a = stack.activation(p);
    DMatrixRMaj delta = stack.delta(p).orElseThrow();
    Parameter weights = Diagnostics.parameter(layer, Parameter.Role.WEIGHTS).orElseThrow();
    Parameter biases = Diagnostics.parameter(layer, Parameter.Role.BIASES).orElseThrow();
    DMatrixRMaj w = weights.value();
    DMatrixRMaj b = biases.value();
    Activation activation = layer.activation().orElseThrow().value();
    double gain = activation.gain();
    double weightNorm = NormOps_DDRM.normF(w);
    double weightGradientNorm = NormOps_DDRM.normF(weights.gradient());
    SaturationProfile saturation = SaturationProfile.of(activation, z, a, layer.outputShape());
    return new LayerAudit(
        p,
        p == count,
        layer.activation().orElseThrow().spec(),
        init.fan(),
        init.weights().spec(),
        init.weights().value().formula(init.fan()),
        init.biases().spec(),
        init.biases().value().formula(init.fan()),
        Summary.of(z.data, z.getNumElements()),
        Summary.of(a.data, a.getNumElements()),
        signal(z),
        mean(b.data, b.getNumElements()),
        rms(b.data, b.getNumElements()),
        weightedInputRms(z, b),
        saturation.layer(),
        weightNorm * weightNorm / w.getNumElements(),
        gain > 0 && Double.isFinite(gain) ? ScaleBand.of(gain, init.fan()) : null,
        distinctUnits(w, b),
        rms(delta.data, delta.getNumElements()),
        NormOps_DDRM.normF(biases.gradient()),
        weightGradientNorm,
        weightNorm,
        epochDrift(pace, weightGradientNorm, weightNorm),
        saturation.channels());
  }

  /**
   * η · updates · ‖∇W‖/‖W‖. A zero matrix has no scale to move relative to: any gradient moves it
   * infinitely far, none leaves it where it is.
   */
  static double epochDrift(TrainingPace pace, double gradientNorm, double weightNorm) {
    if (weightNorm == 0) {
      return gradientNorm == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return pace.learningRate() * pace.updatesPerEpoch() * gradientNorm / weightNorm;
  }

  private static double mean(double[] values, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += values[i];
    }
    return sum / n;
  }

  private static double rms(double[] values, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += values[i] * values[i];
    }
    return Math.sqrt(sum / n);
  }

  /** Each unit's std of z across the batch's rows, averaged over units. */
  static double signal(DMatrixRMaj z) {
    int m = z.numRows;
    int units = z.numCols;
    double total = 0;
    for (int j = 0; j < units; j++) {
      double sum = 0;
      for (int i = 0; i < m; i++) {
        sum += z.data[i * units + j];
      }
      double mean = sum / m;
      double squares = 0;
      for (int i = 0; i < m; i++) {
        double d = z.data[i * units + j] - mean;
        squares += d * d;
      }
      total += Math.sqrt(squares / m);
    }
    return total / units;
  }

  /**
   * sqrt(mean (z − b)²): z's scale without the biases. Each bias serves {@code z.numCols / biases}
   * consecutive columns: one for a dense layer, a channel's positions for a convolution.
   */
  private static double weightedInputRms(DMatrixRMaj z, DMatrixRMaj b) {
    int units = z.numCols;
    int perBias = units / b.getNumElements();
    double sum = 0;
    for (int i = 0; i < z.numRows; i++) {
      for (int j = 0; j < units; j++) {
        double d = z.data[i * units + j] - b.data[j / perBias];
        sum += d * d;
      }
    }
    return Math.sqrt(sum / z.getNumElements());
  }

  /**
   * Whether some unit differs from the first in its weights or bias: otherwise every unit computes
   * the same thing, receives the same gradient and stays identical.
   */
  private static boolean distinctUnits(DMatrixRMaj w, DMatrixRMaj b) {
    int in = w.numCols;
    for (int j = 1; j < w.numRows; j++) {
      if (b.data[j] != b.data[0]) {
        return true;
      }
      for (int k = 0; k < in; k++) {
        if (w.data[j * in + k] != w.data[k]) {
          return true;
        }
      }
    }
    return false;
  }
}
