package dev.nnlab.tck;

import dev.nnlab.core.layer.ConvolutionGeometry;
import dev.nnlab.core.layer.DenseGeometry;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.ModeDependence;
import dev.nnlab.core.layer.PoolingGeometry;
import dev.nnlab.core.model.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;

/** The properties every layer must have on an input shape it accepts, one method each; see {@link LayerConformance}. */
final class LayerChecks {

  static final String TRAINING_GRADIENTS = "backward matches central finite differences (training)";
  static final String INFERENCE_GRADIENTS = "backward matches central finite differences (inference)";
  static final String PARAMETERS = "parameters are named and typed, and only buffers change outside the optimizer";
  static final String DETERMINISM = "the same seeds give the same parameters and outputs";
  static final String MODES = "both modes compute one function unless ModeDependence is declared";
  static final String ROWS = "inference treats rows as independent examples, at any batch size";
  static final String HYGIENE = "inputs are left unchanged and stale output buffers are overwritten";
  static final String GEOMETRY = "a declared geometry computes what the layer computes";

  private LayerChecks() {}

  static void trainingGradients(LayerSubject s) {
    LayerGradientCheck.check(s, Mode.TRAINING, TRAINING_GRADIENTS);
  }

  static void inferenceGradients(LayerSubject s) {
    LayerGradientCheck.check(s, Mode.INFERENCE, INFERENCE_GRADIENTS);
  }

  static void parameters(LayerSubject s) {
    Layer layer = s.build();
    List<Parameter> parameters = layer.parameters();
    if (!parameters.equals(layer.parameters())) {
      s.fails(PARAMETERS, "parameters() returned different objects on a second call");
    }
    Set<String> names = new HashSet<>();
    String prefix = "layer" + LayerSubject.POSITION + ".";
    for (Parameter p : parameters) {
      if (!p.name().startsWith(prefix) || p.name().length() == prefix.length()) {
        s.fails(PARAMETERS, "parameter '%s' at position %d must be named %s<name>", p.name(), LayerSubject.POSITION, prefix);
      }
      if (!names.add(p.name())) {
        s.fails(PARAMETERS, "two parameters are named '%s'", p.name());
      }
    }
    DMatrixRMaj x = s.inputs(LayerSubject.BATCH, 0);
    List<DMatrixRMaj> before = values(parameters);
    LayerSubject.forward(layer, x, Mode.TRAINING, LayerSubject.DROPOUT_SEED);
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      if (p.role().trainable() && LayerSubject.firstDifference(p.value(), before.get(i)) >= 0) {
        s.fails(PARAMETERS, "a training forward pass changed %s (role %s); only BUFFER parameters may change there", p.name(), p.role());
      }
    }
    for (Parameter p : parameters) {
      java.util.Arrays.fill(p.gradient().data, Double.NaN);
    }
    List<DMatrixRMaj> afterForward = values(parameters);
    layer.backward(s.upstream(LayerSubject.BATCH), false, new DMatrixRMaj(1, 1));
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      if (LayerSubject.firstDifference(p.value(), afterForward.get(i)) >= 0) {
        s.fails(PARAMETERS, "backward changed the value of %s; values change in the optimizer (buffers in forward)", p.name());
      }
      if (p.role().trainable()) {
        for (int k = 0; k < p.size(); k++) {
          if (!Double.isFinite(p.gradient().data[k])) {
            s.fails(PARAMETERS, "backward left ∂C/∂%s%s = %s; it must overwrite every trainable gradient", p.name(),
                LayerSubject.at(p.gradient(), k), p.gradient().data[k]);
          }
        }
      }
    }
    List<DMatrixRMaj> beforeInference = values(parameters);
    LayerSubject.forward(layer, x, Mode.INFERENCE, LayerSubject.DROPOUT_SEED);
    for (int i = 0; i < parameters.size(); i++) {
      if (LayerSubject.firstDifference(parameters.get(i).value(), beforeInference.get(i)) >= 0) {
        s.fails(PARAMETERS, "an inference forward pass changed %s (role %s)", parameters.get(i).name(), parameters.get(i).role());
      }
    }
  }

  static void determinism(LayerSubject s) {
    Layer a = s.build();
    Layer b = s.build();
    for (int i = 0; i < a.parameters().size(); i++) {
      s.requireClose(DETERMINISM, "with the same seeds, " + a.parameters().get(i).name(),
          b.parameters().get(i).value(), a.parameters().get(i).value());
    }
    DMatrixRMaj x = s.inputs(LayerSubject.BATCH, 0);
    s.requireClose(DETERMINISM, "the training output with the same seeds",
        LayerSubject.forward(b, x, Mode.TRAINING, LayerSubject.DROPOUT_SEED),
        LayerSubject.forward(a, x, Mode.TRAINING, LayerSubject.DROPOUT_SEED));
    Layer otherBiases = s.build(LayerSubject.WEIGHT_SEED, LayerSubject.BIAS_SEED + 1);
    Layer otherWeights = s.build(LayerSubject.WEIGHT_SEED + 1, LayerSubject.BIAS_SEED);
    for (int i = 0; i < a.parameters().size(); i++) {
      Parameter p = a.parameters().get(i);
      if (p.role() == Parameter.Role.WEIGHTS) {
        s.requireClose(DETERMINISM, "with another bias seed (weights come from their own stream), " + p.name(),
            otherBiases.parameters().get(i).value(), p.value());
      } else if (p.role() == Parameter.Role.BIASES) {
        s.requireClose(DETERMINISM, "with another weight seed (biases come from their own stream), " + p.name(),
            otherWeights.parameters().get(i).value(), p.value());
      }
    }
  }

  static void modes(LayerSubject s) {
    DMatrixRMaj x = s.inputs(LayerSubject.BATCH, 0);
    Layer trained = s.trained();
    s.requireClose(MODES, "an inference output with another random seed (inference draws nothing)",
        LayerSubject.forward(trained, x, Mode.INFERENCE, LayerSubject.DROPOUT_SEED + 7),
        LayerSubject.forward(trained, x, Mode.INFERENCE, LayerSubject.DROPOUT_SEED));
    Optional<ModeDependence> dependence = s.build().capability(ModeDependence.class);
    DMatrixRMaj training = LayerSubject.forward(s.build(), x, Mode.TRAINING, LayerSubject.DROPOUT_SEED);
    DMatrixRMaj inference = LayerSubject.forward(s.build(), x, Mode.INFERENCE, LayerSubject.DROPOUT_SEED);
    if (dependence.isEmpty()) {
      s.requireClose(MODES, "without ModeDependence, the inference output", inference, training);
      s.requireClose(MODES, "without ModeDependence, a training output with another random seed",
          LayerSubject.forward(s.build(), x, Mode.TRAINING, LayerSubject.DROPOUT_SEED + 7), training);
      return;
    }
    String difference = dependence.get().difference();
    if (difference == null || difference.isBlank() || difference.contains("\n")) {
      s.fails(MODES, "ModeDependence.difference() must be one line, got '%s'", difference);
    }
    if (LayerSubject.firstDifference(inference, training) < 0) {
      s.fails(MODES, "declares ModeDependence (%s) but both modes gave the same output", difference);
    }
  }

  static void rows(LayerSubject s) {
    Layer layer = s.trained();
    DMatrixRMaj x = s.inputs(LayerSubject.BATCH, 0);
    DMatrixRMaj whole = LayerSubject.forward(layer, x, Mode.INFERENCE, LayerSubject.DROPOUT_SEED);
    for (int r = 0; r < x.numRows; r++) {
      DMatrixRMaj row = new DMatrixRMaj(1, x.numCols);
      System.arraycopy(x.data, r * x.numCols, row.data, 0, x.numCols);
      DMatrixRMaj alone = LayerSubject.forward(layer, row, Mode.INFERENCE, LayerSubject.DROPOUT_SEED);
      DMatrixRMaj expected = new DMatrixRMaj(1, whole.numCols);
      System.arraycopy(whole.data, r * whole.numCols, expected.data, 0, whole.numCols);
      s.requireClose(ROWS, "row " + r + " alone against within the batch", alone, expected);
    }
    s.requireClose(ROWS, "the whole batch again after batches of one", 
        LayerSubject.forward(layer, x, Mode.INFERENCE, LayerSubject.DROPOUT_SEED), whole);
  }

  static void hygiene(LayerSubject s) {
    DMatrixRMaj x = s.inputs(LayerSubject.BATCH, 0);
    DMatrixRMaj xBefore = x.copy();
    DMatrixRMaj g = s.upstream(LayerSubject.BATCH);
    DMatrixRMaj gBefore = g.copy();
    Layer clean = s.build();
    DMatrixRMaj cleanOut = LayerSubject.forward(clean, x, Mode.TRAINING, LayerSubject.DROPOUT_SEED);
    DMatrixRMaj cleanGrad = new DMatrixRMaj(1, 1);
    clean.backward(g, false, cleanGrad);
    s.requireClose(HYGIENE, "the input after forward and backward", x, xBefore);
    s.requireClose(HYGIENE, "the upstream gradient after backward", g, gBefore);

    Layer stale = s.build();
    DMatrixRMaj out = filled(x.numRows, s.output.size(), Double.NaN);
    stale.forward(x, out, Mode.TRAINING, new java.util.SplittableRandom(LayerSubject.DROPOUT_SEED));
    s.requireClose(HYGIENE, "the output written into a matrix holding NaN", out, cleanOut);
    DMatrixRMaj gradIn = filled(x.numRows, x.numCols, Double.NaN);
    stale.backward(g, false, gradIn);
    s.requireClose(HYGIENE, "∂C/∂input written into a matrix holding NaN", gradIn, cleanGrad);

    Layer unasked = s.build();
    LayerSubject.forward(unasked, x, Mode.TRAINING, LayerSubject.DROPOUT_SEED);
    unasked.backward(g, false, null);
    for (int i = 0; i < clean.parameters().size(); i++) {
      if (clean.parameters().get(i).role().trainable()) {
        s.requireClose(HYGIENE, "with gradInput null (the first layer), ∂C/∂" + clean.parameters().get(i).name(),
            unasked.parameters().get(i).gradient(), clean.parameters().get(i).gradient());
      }
    }
  }

  static void geometry(LayerSubject s) {
    Layer layer = s.trained();
    DMatrixRMaj x = s.inputs(LayerSubject.BATCH, 0);
    DMatrixRMaj out = LayerSubject.forward(layer, x, Mode.INFERENCE, LayerSubject.DROPOUT_SEED);
    List<Parameter> p = layer.parameters();
    Optional<ConvolutionGeometry> conv = layer.capability(ConvolutionGeometry.class);
    if (conv.isPresent()) {
      ConvolutionGeometry g = conv.get();
      int columns = g.input().channels() * g.kernel() * g.kernel();
      requireLayout(s, "ConvolutionGeometry", g.input().equals(layer.inputShape()), p, g.filters(), columns, g.filters());
      requireSameActivation(s, "ConvolutionGeometry", layer, g.activation().spec());
      s.requireClose(GEOMETRY, "the output against ConvolutionGeometry's formula",
          out, GeometryReference.convolution(g, p.get(0).value(), p.get(1).value(), x));
    }
    Optional<PoolingGeometry> pool = layer.capability(PoolingGeometry.class);
    if (pool.isPresent()) {
      if (!pool.get().input().equals(layer.inputShape()) || p.stream().anyMatch(q -> q.role().trainable())) {
        s.fails(GEOMETRY, "PoolingGeometry needs input %s (declared %s) and no trainable parameters (has %s)",
            layer.inputShape(), pool.get().input(), p);
      }
      s.requireClose(GEOMETRY, "the output against PoolingGeometry's formula", out, GeometryReference.pooling(pool.get(), x));
    }
    Optional<DenseGeometry> dense = layer.capability(DenseGeometry.class);
    if (dense.isPresent()) {
      DenseGeometry g = dense.get();
      requireLayout(s, "DenseGeometry", g.inputs() == layer.inputShape().size(), p, g.units(), g.inputs(), g.units());
      requireSameActivation(s, "DenseGeometry", layer, g.activation().spec());
      s.requireClose(GEOMETRY, "the output against DenseGeometry's formula",
          out, GeometryReference.dense(g, p.get(0).value(), p.get(1).value(), x));
    }
  }

  private static void requireLayout(LayerSubject s, String geometry, boolean inputMatches, List<Parameter> p,
      int weightRows, int weightColumns, int biases) {
    boolean layout = p.size() >= 2
        && p.get(0).role() == Parameter.Role.WEIGHTS && p.get(0).value().numRows == weightRows && p.get(0).value().numCols == weightColumns
        && p.get(1).role() == Parameter.Role.BIASES && p.get(1).value().numRows == biases && p.get(1).value().numCols == 1;
    if (!inputMatches || !layout) {
      s.fails(GEOMETRY, "%s needs the layer's input shape and parameters [WEIGHTS %d×%d, BIASES %d×1, ...], got %s",
          geometry, weightRows, weightColumns, biases, p.stream().map(q -> q + " " + q.role()).toList());
    }
  }

  private static void requireSameActivation(LayerSubject s, String geometry, Layer layer, String declared) {
    String own = layer.activation().map(a -> a.spec()).orElse("none");
    if (!own.equals(declared)) {
      s.fails(GEOMETRY, "%s declares activation %s but the layer's is %s", geometry, declared, own);
    }
  }

  private static List<DMatrixRMaj> values(List<Parameter> parameters) {
    List<DMatrixRMaj> copies = new ArrayList<>();
    parameters.forEach(p -> copies.add(p.value().copy()));
    return copies;
  }

  private static DMatrixRMaj filled(int rows, int cols, double value) {
    DMatrixRMaj m = new DMatrixRMaj(rows, cols);
    java.util.Arrays.fill(m.data, value);
    return m;
  }
}
