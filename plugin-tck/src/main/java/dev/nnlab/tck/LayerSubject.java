package dev.nnlab.tck;

import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.Mode;
import dev.nnlab.core.layer.Shape;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * One layer definition on one input shape, as the layer checks see it: how to build and
 * initialise it reproducibly, seeded inputs and upstream gradients, and failure messages that name
 * the spec, the shape and the property.
 */
final class LayerSubject {

  /** The layer's place in the kit's network: not 1, so that names must use the real position. */
  static final int POSITION = 2;
  /** Examples per batch: more than one, so that batch statistics exist. */
  static final int BATCH = 3;
  static final long WEIGHT_SEED = 0x5EED_0001L;
  static final long BIAS_SEED = 0x5EED_0002L;
  static final long DROPOUT_SEED = 0x5EED_0003L;

  final String spec;
  final LayerDefinition definition;
  final Shape input;
  final Shape output;
  private final long seed;

  LayerSubject(String spec, LayerDefinition definition, Shape input) {
    this.spec = spec;
    this.definition = definition;
    this.input = input;
    this.output = definition.outputShape(input);
    this.seed = 0x5EED_1A7EL ^ (spec + input).hashCode();
  }

  /** {@code conv(filters=2, kernel=3) on 2×5×5}. */
  String label() {
    return spec + " on " + input;
  }

  /** A fresh layer initialised from the kit's weight and bias seeds. */
  Layer build() {
    return build(WEIGHT_SEED, BIAS_SEED);
  }

  Layer build(long weightSeed, long biasSeed) {
    Layer layer = definition.create(LayerContexts.at(POSITION, input));
    layer.initialize(new SplittableRandom(weightSeed), new SplittableRandom(biasSeed));
    return layer;
  }

  /** A fresh layer after one training pass on other data, so running statistics are not their initial values. */
  Layer trained() {
    Layer layer = build();
    forward(layer, inputs(BATCH + 2, 1), Mode.TRAINING, DROPOUT_SEED + 1);
    return layer;
  }

  /** {@code batch × input.size()} values N(0, 1), the same for the same {@code variant}. */
  DMatrixRMaj inputs(int batch, int variant) {
    SplittableRandom random = new SplittableRandom(seed + variant);
    DMatrixRMaj x = new DMatrixRMaj(batch, input.size());
    for (int i = 0; i < x.data.length; i++) {
      x.data[i] = random.nextGaussian();
    }
    return x;
  }

  /** Upstream gradients ∂C/∂output, uniform in [−1, 1). */
  DMatrixRMaj upstream(int batch) {
    SplittableRandom random = new SplittableRandom(~seed);
    DMatrixRMaj g = new DMatrixRMaj(batch, output.size());
    for (int i = 0; i < g.data.length; i++) {
      g.data[i] = random.nextDouble(-1, 1);
    }
    return g;
  }

  /** Runs a forward pass into a new matrix, drawing from a generator seeded with {@code randomSeed}. */
  static DMatrixRMaj forward(Layer layer, DMatrixRMaj x, Mode mode, long randomSeed) {
    DMatrixRMaj out = new DMatrixRMaj(1, 1);
    layer.forward(x, out, mode, new SplittableRandom(randomSeed));
    return out;
  }

  /** Fails with one line: label, property, counterexample. */
  void fails(String property, String counterexample, Object... arguments) {
    throw failure(property, counterexample, arguments);
  }

  AssertionError failure(String property, String counterexample, Object... arguments) {
    return new AssertionError(label() + ": " + property + ": " + String.format(Locale.ROOT, counterexample, arguments));
  }

  /** Where entry {@code k} of a {@code rows × cols} matrix sits, as {@code [row][column]}. */
  static String at(DMatrixRMaj m, int k) {
    return "[" + k / m.numCols + "][" + k % m.numCols + "]";
  }

  /** Two results of the same computation in a different order agree to this relative error. */
  static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  /** The first entry where {@code actual} and {@code expected} differ beyond {@link #close}, or −1. */
  static int firstDifference(DMatrixRMaj actual, DMatrixRMaj expected) {
    if (actual.numRows != expected.numRows || actual.numCols != expected.numCols) {
      return 0;
    }
    for (int k = 0; k < expected.getNumElements(); k++) {
      if (!close(actual.data[k], expected.data[k]) && !(Double.isNaN(actual.data[k]) && Double.isNaN(expected.data[k]))) {
        return k;
      }
    }
    return -1;
  }

  /** Fails unless {@code actual} equals {@code expected} (shape, then values within {@link #close}). */
  void requireClose(String property, String what, DMatrixRMaj actual, DMatrixRMaj expected) {
    if (actual.numRows != expected.numRows || actual.numCols != expected.numCols) {
      fails(property, "%s is %d×%d, expected %d×%d", what, actual.numRows, actual.numCols, expected.numRows, expected.numCols);
    }
    int k = firstDifference(actual, expected);
    if (k >= 0) {
      fails(property, "%s: entry %s is %.17g, expected %.17g", what, at(expected, k), actual.data[k], expected.data[k]);
    }
  }
}
