package dev.nnlab.network.fast;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.layer.DenseGeometry;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.Regularizer;
import dev.nnlab.network.backend.Score;
import dev.nnlab.network.data.Examples;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleBinaryOperator;

/**
 * The fast dense training path: single-precision SGD that skips zero inputs in the first layer and
 * uses the Vector API where the JVM has it, with the reference semantics — same initial weights
 * (read from the network), the caller's batch order, the same update rule and cost.
 *
 * <p>It runs what declares itself runnable: layers that declare a {@link DenseGeometry} with an
 * element-wise activation — or, on the output layer, any activation that is the cost's canonical
 * link (softmax for the log-likelihood: δ = a − y, network3.py's fully connected net) — a cost
 * with an element-wise gradient or whose canonical link is the output activation, an optimizer
 * that declares a plain gradient step, and a regularizer that
 * declares L2 weight decay (λ = 0 for none); {@link #unsupported} says why anything else must use
 * the reference backend. While it runs, the network's double matrices are stale: {@link #storeInto}
 * writes the current parameters back.
 *
 * <pre>{@code
 * try (FastTraining fast = FastTraining.start(network, cost, optimizer, regularizer, training, 10, options)) {
 *   double cost = fast.forwardBackward(order, from, count);
 *   fast.update();
 *   fast.storeInto(network);
 * }
 * }</pre>
 */
public final class FastTraining implements AutoCloseable {

  private final FastEngine engine;
  private final FloatOps ops;
  private final Cost cost;
  private final double lambdaOverN;
  private final double sparseThreshold;
  private final int layers;
  private final Map<Examples, FastEvaluator> evaluators = new IdentityHashMap<>();

  private FastTraining(
      FastEngine engine, FloatOps ops, Cost cost, double lambdaOverN, double sparseThreshold, int layers) {
    this.engine = engine;
    this.ops = ops;
    this.cost = cost;
    this.lambdaOverN = lambdaOverN;
    this.sparseThreshold = sparseThreshold;
    this.layers = layers;
  }

  /**
   * Why this configuration cannot take the fast path, or empty if it can.
   *
   * @param dropoutRate the trainer's dropout rate; the fast path has none
   */
  public static Optional<String> unsupported(
      Network network, Cost cost, Optimizer optimizer, Regularizer regularizer, double dropoutRate) {
    int outputLayer = network.layers().size();
    for (Layer layer : network.layers()) {
      Optional<DenseGeometry> dense = layer.capability(DenseGeometry.class);
      if (dense.isEmpty()) {
        return Optional.of(
            "layer " + layer.position() + " " + layer.definition() + " declares no dense geometry");
      }
      Activation f = dense.get().activation().value();
      boolean output = layer.position() == outputLayer;
      if (!(f instanceof ElementwiseActivation) && !(output && cost.hasCanonicalLink(f))) {
        return Optional.of(
            "layer " + layer.position() + "'s activation " + dense.get().activation().spec()
                + " is not element-wise" + (output ? " nor the cost " + cost + "'s canonical link" : ""));
      }
    }
    if (optimizer.plainGradientStep().isEmpty()) {
      return Optional.of("the optimizer " + optimizer + " declares no plain gradient step (as plain SGD does)");
    }
    if (regularizer.l2WeightDecay().isEmpty()) {
      return Optional.of("the regularizer " + regularizer + " declares no L2 weight decay (as none and L2 do)");
    }
    if (dropoutRate > 0) {
      return Optional.of("dropout is on (rate " + dropoutRate + ")");
    }
    Activation output = outputActivation(network);
    if (!cost.hasCanonicalLink(output) && cost.elementwiseGradient().isEmpty()) {
      return Optional.of(
          "the cost " + cost + " has neither an element-wise gradient nor the output activation "
              + network.layer(network.layers().size()).activation().orElseThrow().spec()
              + " as its canonical link");
    }
    return Optional.empty();
  }

  /**
   * Starts a fast run on {@code training}, reading the network's current parameters.
   *
   * @throws IllegalArgumentException if {@link #unsupported} gives a reason
   */
  public static FastTraining start(
      Network network, Cost cost, Optimizer optimizer, Regularizer regularizer, Examples training,
      int miniBatchSize, FastOptions options) {
    Optional<String> reason = unsupported(network, cost, optimizer, regularizer, 0);
    if (reason.isPresent()) {
      throw new IllegalArgumentException("the fast path cannot train this configuration: " + reason.get());
    }
    FloatOps ops = options.ops();
    int batch = Math.min(miniBatchSize, training.size());
    TrainingInputs inputs = new TrainingInputs(training, batch, options.sparseThreshold());
    double lambdaOverN = regularizer.l2WeightDecay().getAsDouble() / training.size();
    boolean fused = cost.hasCanonicalLink(outputActivation(network));
    DoubleBinaryOperator outputGradient = fused ? null : cost.elementwiseGradient().orElseThrow();
    OptionalDouble eta = optimizer.plainGradientStep();
    int units = network.layers().stream().mapToInt(layer -> layer.outputShape().size()).sum();
    FastEngine engine =
        new FastEngine(
            network, cost, fused, outputGradient, eta.getAsDouble(), lambdaOverN, inputs, batch, ops,
            options.threadsFor(batch, units));
    return new FastTraining(
        engine, ops, cost, lambdaOverN, options.sparseThreshold(), network.layers().size());
  }

  private static Activation outputActivation(Network network) {
    Layer last = network.layer(network.layers().size());
    return last.capability(DenseGeometry.class).orElseThrow().activation().value();
  }

  /** E.g. "float vector 256-bit, sparse inputs (density 0.191), 1 thread(s)". */
  public String description() {
    return engine.description();
  }

  /** Whether the first layer skips zero inputs (the training set is sparse enough). */
  public boolean sparseInputs() {
    return engine.sparseInputs();
  }

  /** Whether the arithmetic uses the Vector API. */
  public boolean vectorised() {
    return ops != ScalarFloatOps.INSTANCE;
  }

  /** Floats per vector, 1 when scalar. */
  public int lanes() {
    return ops.lanes();
  }

  public int threads() {
    return engine.threads();
  }

  /**
   * Forward and backward passes of examples {@code order[from] … order[from + count − 1]} of the
   * training set; returns their mean cost (no regularisation term). Leaves the weights unchanged.
   */
  public double forwardBackward(int[] order, int from, int count) {
    return engine.forwardBackward(order, from, count);
  }

  /** Applies the SGD (and L2) update of the last {@link #forwardBackward} batch. */
  public void update() {
    engine.update();
  }

  /** Writes the current weights and biases into {@code network} (the one the run started from). */
  public void storeInto(Network network) {
    engine.storeInto(network);
  }

  /** Writes the last batch's mean gradients into the network's parameter gradients. */
  public void gradientsInto(Network network) {
    engine.gradientsInto(network, lambdaOverN);
  }

  /** Classifies and costs {@code examples} with the current parameters (no regularisation term). */
  public Score score(Examples examples) {
    FastEvaluator evaluator =
        evaluators.computeIfAbsent(
            examples, e -> new FastEvaluator(engine, ops, cost, e, layers, sparseThreshold));
    double[] total = new double[1];
    int correct = evaluator.evaluate(total);
    return new Score(correct, total[0]);
  }

  @Override
  public void close() {
    engine.close();
  }
}
