package dev.nnlab.network.fast;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.activation.ElementwiseActivation;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.Regularizer;
import dev.nnlab.network.DenseLayer;
import dev.nnlab.network.FeedForwardNetwork;
import dev.nnlab.network.cost.QuadraticCost;
import dev.nnlab.network.optim.Sgd;
import dev.nnlab.network.regularize.L2;
import dev.nnlab.network.regularize.NoRegularizer;
import dev.nnlab.network.train.Evaluation;
import dev.nnlab.network.train.Examples;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fast training path: single-precision SGD that skips zero inputs in the first layer and uses
 * the Vector API where the JVM has it, with the reference engine's semantics — same initial
 * weights (read from the network), the caller's batch order, the same update rule and cost.
 *
 * <p>It supports dense layers with element-wise activations (the sigmoid vectorised, others through
 * their scalar functions), the quadratic cost or any cost whose canonical link is the output
 * activation (sigmoid + cross-entropy), plain SGD, and no regularisation or L2; {@link #unsupported}
 * says why anything else must use the reference engine. While it runs, the network's double
 * matrices are stale: {@link #storeInto} writes the current parameters back.
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
      FeedForwardNetwork network, Cost cost, Optimizer optimizer, Regularizer regularizer, double dropoutRate) {
    for (DenseLayer layer : network.layers()) {
      if (!(layer.activation().value() instanceof ElementwiseActivation)) {
        return Optional.of(
            "layer " + (layer.index() + 1) + "'s activation " + layer.activation().spec() + " is not element-wise");
      }
    }
    if (!(optimizer instanceof Sgd)) {
      return Optional.of("the optimizer " + optimizer + " is not plain SGD");
    }
    if (!(regularizer instanceof NoRegularizer || regularizer instanceof L2)) {
      return Optional.of("the regularizer " + regularizer + " is neither none nor L2");
    }
    if (dropoutRate > 0) {
      return Optional.of("dropout is on (rate " + dropoutRate + ")");
    }
    if (!(cost instanceof QuadraticCost || cost.hasCanonicalLink(outputActivation(network)))) {
      return Optional.of(
          "the cost " + cost + " is neither quadratic nor the canonical link of the output activation "
              + network.layer(network.layers().size() - 1).activation().spec());
    }
    return Optional.empty();
  }

  /**
   * Starts a fast run on {@code training}, reading the network's current parameters.
   *
   * @throws IllegalArgumentException if {@link #unsupported} gives a reason
   */
  public static FastTraining start(
      FeedForwardNetwork network, Cost cost, Optimizer optimizer, Regularizer regularizer, Examples training,
      int miniBatchSize, FastOptions options) {
    Optional<String> reason = unsupported(network, cost, optimizer, regularizer, 0);
    if (reason.isPresent()) {
      throw new IllegalArgumentException("the fast path cannot train this configuration: " + reason.get());
    }
    FloatOps ops = options.ops();
    int batch = Math.min(miniBatchSize, training.size());
    TrainingInputs inputs = new TrainingInputs(training, batch, options.sparseThreshold());
    double lambdaOverN = regularizer instanceof L2 l2 ? l2.lambda() / training.size() : 0;
    boolean fused = cost.hasCanonicalLink(outputActivation(network));
    FastEngine engine =
        new FastEngine(
            network, cost, fused, optimizer.learningRate(), lambdaOverN, inputs, batch, ops,
            options.threadsFor(batch, network.layers().stream().mapToInt(DenseLayer::outputSize).sum()));
    return new FastTraining(
        engine, ops, cost, lambdaOverN, options.sparseThreshold(), network.layers().size());
  }

  private static Activation outputActivation(FeedForwardNetwork network) {
    return network.layer(network.layers().size() - 1).activation().value();
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

  /** Remembers the weights before an update, to report ‖ΔW‖/‖W‖ with {@link #updateRatios}. */
  public void snapshot() {
    engine.snapshot();
  }

  /** ‖W − W_snapshot‖/‖W_snapshot‖ per layer (from 0). */
  public void updateRatios(double[] ratios) {
    engine.updateRatios(ratios);
  }

  /** Writes the current weights and biases into {@code network} (the one the run started from). */
  public void storeInto(FeedForwardNetwork network) {
    engine.storeInto(network);
  }

  /** Writes the last batch's mean gradients into the network's parameter gradients. */
  public void gradientsInto(FeedForwardNetwork network) {
    engine.gradientsInto(network, lambdaOverN);
  }

  /**
   * Evaluates the current parameters on {@code examples}; the penalty term (regularisation of the
   * weights) is the caller's, added to the mean cost.
   */
  public Evaluation evaluate(String name, Examples examples, double penalty) {
    FastEvaluator evaluator =
        evaluators.computeIfAbsent(
            examples, e -> new FastEvaluator(engine, ops, cost, e, layers, sparseThreshold));
    double[] total = new double[1];
    int correct = evaluator.evaluate(total);
    return new Evaluation(name, correct, examples.size(), total[0] / examples.size() + penalty);
  }

  @Override
  public void close() {
    engine.close();
  }
}
