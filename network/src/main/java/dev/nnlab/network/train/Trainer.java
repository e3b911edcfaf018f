package dev.nnlab.network.train;

import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.model.Regularizer;
import dev.nnlab.network.DenseLayer;
import dev.nnlab.network.FeedForwardNetwork;
import dev.nnlab.network.RandomStreams;
import dev.nnlab.network.diagnostics.Diagnostics;
import dev.nnlab.network.diagnostics.NetworkDiagnostics;
import dev.nnlab.network.engine.BatchEngine;
import dev.nnlab.network.engine.DenseKernel;
import dev.nnlab.network.engine.Dropout;
import dev.nnlab.network.engine.EjmlDenseKernel;
import dev.nnlab.network.fast.FastOptions;
import dev.nnlab.network.fast.FastTraining;
import dev.nnlab.network.regularize.NoRegularizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mini-batch training as in network.py's {@code SGD}: every epoch shuffles the training set, walks
 * it in mini-batches (the last one may be smaller), and for each one runs forward, backward, adds
 * the regularisation gradient to the weights' gradients and lets the optimizer step. After every
 * epoch it checks every parameter is finite and evaluates the evaluation sets.
 *
 * <pre>{@code
 * Trainer trainer = Trainer.builder(network).cost(cost).optimizer(new Sgd(3.0))
 *     .epochs(30).miniBatchSize(10).seed(1).listener(listener).build();
 * TrainingHistory history = trainer.train(training, EvaluationSet.of("test", test));
 * }</pre>
 *
 * The data order and dropout masks come from their own streams of {@link RandomStreams}(seed), so
 * the same seed, network and data give a bit-identical run. A NaN or infinite mini-batch cost or
 * parameter stops training with a {@link DivergenceException}.
 *
 * <p>With {@link TrainingEngine#AUTO} the mini-batches run on the single-precision fast path when
 * the configuration allows it ({@link #engineDescription()} says which engine runs and why); the
 * network's matrices are then brought up to date whenever a listener looks at them and after every
 * epoch.
 */
public final class Trainer {

  private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

  private final FeedForwardNetwork network;
  private final Cost cost;
  private final Optimizer optimizer;
  private final Regularizer regularizer;
  private final int epochs;
  private final int miniBatchSize;
  private final double dropoutRate;
  private final long seed;
  private final int probeSize;
  private final DenseKernel kernel;
  private final TrainingEngine engineChoice;
  private final FastOptions fastOptions;
  private final List<TrainingListener> listeners;

  private Trainer(Builder b) {
    this.network = b.network;
    this.cost = Objects.requireNonNull(b.cost, "cost: call cost(...)");
    this.optimizer = Objects.requireNonNull(b.optimizer, "optimizer: call optimizer(...)");
    this.regularizer = b.regularizer;
    this.epochs = b.epochs;
    this.miniBatchSize = b.miniBatchSize;
    this.dropoutRate = b.dropoutRate;
    this.seed = b.seed;
    this.probeSize = b.probeSize;
    this.kernel = b.kernel;
    this.engineChoice = b.engine;
    this.fastOptions = b.fastOptions;
    this.listeners = List.copyOf(b.listeners);
  }

  /** Why the fast path cannot run this trainer's configuration, or empty if it will run. */
  public Optional<String> fastPathUnavailable() {
    if (engineChoice == TrainingEngine.REFERENCE) {
      return Optional.of("the reference engine was chosen");
    }
    if (kernel != EjmlDenseKernel.INSTANCE) {
      return Optional.of("a dense kernel was given (" + kernel.getClass().getSimpleName() + ")");
    }
    return FastTraining.unsupported(network, cost, optimizer, regularizer, dropoutRate);
  }

  /** Which engine {@link #train} will use, and why. */
  public String engineDescription() {
    return fastPathUnavailable()
        .map(reason -> "reference double-precision engine (" + reason + ")")
        .orElse("fast single-precision engine");
  }

  public static Builder builder(FeedForwardNetwork network) {
    return new Builder(network);
  }

  public FeedForwardNetwork network() {
    return network;
  }

  public Cost cost() {
    return cost;
  }

  public Optimizer optimizer() {
    return optimizer;
  }

  public Regularizer regularizer() {
    return regularizer;
  }

  public int epochs() {
    return epochs;
  }

  public int miniBatchSize() {
    return miniBatchSize;
  }

  /** Trains on {@code training}, evaluating {@code sets} after every epoch. */
  public TrainingHistory train(Examples training, EvaluationSet... sets) {
    return train(training, List.of(sets));
  }

  /** Trains on {@code training}, evaluating {@code sets} after every epoch. */
  public TrainingHistory train(Examples training, List<EvaluationSet> sets) {
    requireShape("training set", training);
    sets.forEach(set -> requireShape("evaluation set '" + set.name() + "'", set.examples()));
    return new Run(training, sets).execute();
  }

  private void requireShape(String what, Examples examples) {
    if (examples.inputSize() != network.inputSize() || examples.outputSize() != network.outputSize()) {
      throw new IllegalArgumentException(
          what + " has " + examples.inputSize() + " inputs and " + examples.outputSize()
              + " outputs per example but the network maps " + network.inputSize() + " → "
              + network.outputSize());
    }
  }

  /** The state of one call to {@link #train}. */
  private final class Run implements TrainingView {

    private final Examples training;
    private final List<EvaluationSet> sets;
    private final int n;
    private final RandomStreams streams = new RandomStreams(seed);
    private final BatchOrder order;
    private final BatchEngine engine;
    private final OptimizerState state;
    private final Evaluator evaluator;
    private final Parameter[] weights;
    private final DMatrixRMaj[] previousWeights;
    private final double[] updateRatios;
    private final DMatrixRMaj probe = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj x;
    private final DMatrixRMaj y;
    private final FastTraining fast;
    private boolean networkCurrent = true;

    Run(Examples training, List<EvaluationSet> sets) {
      this.training = training;
      this.sets = List.copyOf(sets);
      this.n = training.size();
      this.order = new BatchOrder(n, streams.dataOrder());
      Dropout dropout = dropoutRate > 0 ? new Dropout(dropoutRate, streams.dropout()) : Dropout.none();
      this.engine = BatchEngine.forTraining(network, cost, dropout, kernel);
      this.state = optimizer.start(network.parameters());
      this.evaluator = new Evaluator(network, cost, regularizer);
      this.weights =
          network.layers().stream().map(DenseLayer::weights).toArray(Parameter[]::new);
      this.previousWeights = new DMatrixRMaj[weights.length];
      this.updateRatios = new double[weights.length];
      Arrays.fill(updateRatios, Double.NaN);
      int batch = Math.min(miniBatchSize, n);
      this.x = new DMatrixRMaj(batch, network.inputSize());
      this.y = new DMatrixRMaj(batch, network.outputSize());
      int[] first = new int[Math.min(probeSize, n)];
      Arrays.setAll(first, i -> i);
      training.gather(first, 0, first.length, probe, new DMatrixRMaj(first.length, network.outputSize()));
      this.fast =
          fastPathUnavailable().isEmpty()
              ? FastTraining.start(network, cost, optimizer, regularizer, training, miniBatchSize, fastOptions)
              : null;
      LOG.debug(
          "training on the {}", fast == null ? engineDescription() : "fast engine: " + fast.description());
    }

    TrainingHistory execute() {
      if (fast == null) {
        return loop();
      }
      try (fast) {
        return loop();
      }
    }

    private TrainingHistory loop() {
      List<Double> costs = new ArrayList<>();
      List<List<Evaluation>> evaluations = new ArrayList<>();
      int batches = (n + miniBatchSize - 1) / miniBatchSize;
      for (int epoch = 0; epoch < epochs; epoch++) {
        order.shuffle();
        long epochStart = System.nanoTime();
        double costSum = 0;
        for (int b = 0; b < batches; b++) {
          long batchStart = System.nanoTime();
          int from = b * miniBatchSize;
          int count = Math.min(miniBatchSize, n - from);
          double batchCost = trainBatch(epoch, b, from, count);
          costSum += batchCost * count;
          if (!listeners.isEmpty()) {
            BatchEvent event =
                new BatchEvent(epoch, b, batches, count, batchCost, System.nanoTime() - batchStart, this);
            listeners.forEach(listener -> listener.batchEnded(event));
          }
        }
        long trainingNanos = System.nanoTime() - epochStart;
        syncNetwork();
        requireFiniteParameters(epoch);
        long evaluationStart = System.nanoTime();
        List<Evaluation> results = new ArrayList<>();
        for (EvaluationSet set : sets) {
          results.add(
              fast == null
                  ? evaluator.evaluate(set.name(), set.examples())
                  : fast.evaluate(set.name(), set.examples(), evaluator.penalty(set.examples().size())));
        }
        long evaluationNanos = System.nanoTime() - evaluationStart;
        costs.add(costSum / n);
        evaluations.add(results);
        EpochEvent event =
            new EpochEvent(epoch, epochs, costSum / n, trainingNanos, evaluationNanos, results, this);
        listeners.forEach(listener -> listener.epochEnded(event));
      }
      return new TrainingHistory(costs, evaluations);
    }

    private double trainBatch(int epoch, int b, int from, int count) {
      if (fast != null) {
        return trainFastBatch(epoch, b, from, count);
      }
      training.gather(order.indices(), from, count, x, y);
      engine.forwardTraining(x);
      double batchCost = cost.total(engine.output(), y) / count;
      if (!Double.isFinite(batchCost)) {
        throw diverged(epoch, b, batchCost);
      }
      engine.backward(x, y);
      for (Parameter w : weights) {
        regularizer.addGradient(w.value(), n, w.gradient());
      }
      boolean track = wantsUpdateRatios(epoch, b);
      if (track) {
        for (int l = 0; l < weights.length; l++) {
          if (previousWeights[l] == null) {
            previousWeights[l] = weights[l].value().copy();
          } else {
            previousWeights[l].setTo(weights[l].value());
          }
        }
      }
      state.step();
      for (int l = 0; l < weights.length; l++) {
        updateRatios[l] = track ? updateRatio(weights[l].value(), previousWeights[l]) : Double.NaN;
      }
      return batchCost;
    }

    private double trainFastBatch(int epoch, int b, int from, int count) {
      double batchCost = fast.forwardBackward(order.indices(), from, count);
      if (!Double.isFinite(batchCost)) {
        // the reference engine's view of the same batch names the layer that diverged
        syncNetwork();
        training.gather(order.indices(), from, count, x, y);
        engine.forwardTraining(x);
        throw diverged(epoch, b, batchCost);
      }
      boolean track = wantsUpdateRatios(epoch, b);
      if (track) {
        fast.snapshot();
      }
      fast.update();
      networkCurrent = false;
      if (track) {
        fast.updateRatios(updateRatios);
      } else {
        Arrays.fill(updateRatios, Double.NaN);
      }
      return batchCost;
    }

    /** Brings the network's matrices (and gradients) up to date with the fast engine's. */
    private void syncNetwork() {
      if (fast != null && !networkCurrent) {
        fast.storeInto(network);
        fast.gradientsInto(network);
        networkCurrent = true;
      }
    }

    private boolean wantsUpdateRatios(int epoch, int b) {
      for (TrainingListener listener : listeners) {
        if (listener.wantsUpdateRatios(epoch, b)) {
          return true;
        }
      }
      return false;
    }

    private static double updateRatio(DMatrixRMaj now, DMatrixRMaj before) {
      double change = 0;
      for (int i = 0; i < now.getNumElements(); i++) {
        double d = now.data[i] - before.data[i];
        change += d * d;
      }
      return Math.sqrt(change) / NormOps_DDRM.normF(before);
    }

    private DivergenceException diverged(int epoch, int b, double batchCost) {
      String where = "training diverged in epoch " + epoch + ", mini-batch " + b + ": ";
      String advice =
          "; try a smaller learning rate (η = " + optimizer.learningRate() + ") or another initializer";
      for (DenseLayer layer : network.layers()) {
        String bad = nonFinite(layer);
        if (bad != null) {
          return new DivergenceException(
              where + bad + " (mini-batch cost " + batchCost + ")" + advice, epoch, layer.index() + 1);
        }
        DMatrixRMaj z = engine.preActivation(layer.index());
        if (firstNonFinite(z) >= 0) {
          return new DivergenceException(
              where + "layer " + (layer.index() + 1) + " pre-activations reached "
                  + z.data[firstNonFinite(z)] + " (mini-batch cost " + batchCost + ")" + advice,
              epoch,
              layer.index() + 1);
        }
      }
      int last = network.layers().size();
      double largest = 0;
      DMatrixRMaj output = engine.output();
      for (int i = 0; i < output.getNumElements(); i++) {
        largest = Math.max(largest, Math.abs(output.data[i]));
      }
      return new DivergenceException(
          where + "the " + cost + " cost is " + batchCost + " for layer " + last
              + "'s outputs (largest magnitude " + largest + ")" + advice,
          epoch,
          last);
    }

    private void requireFiniteParameters(int epoch) {
      for (DenseLayer layer : network.layers()) {
        String bad = nonFinite(layer);
        if (bad != null) {
          throw new DivergenceException(
              "training diverged in epoch " + epoch + ": " + bad + "; try a smaller learning rate (η = "
                  + optimizer.learningRate() + ")",
              epoch,
              layer.index() + 1);
        }
      }
    }

    private static String nonFinite(DenseLayer layer) {
      for (Parameter p : layer.parameters()) {
        int i = firstNonFinite(p.value());
        if (i >= 0) {
          String what = p.role() == Parameter.Role.WEIGHTS ? "weights" : "biases";
          return "layer " + (layer.index() + 1) + " " + what + " contain " + p.value().data[i];
        }
      }
      return null;
    }

    private static int firstNonFinite(DMatrixRMaj m) {
      for (int i = 0; i < m.getNumElements(); i++) {
        if (!Double.isFinite(m.data[i])) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public FeedForwardNetwork network() {
      syncNetwork();
      return network;
    }

    @Override
    public NetworkDiagnostics diagnostics() {
      syncNetwork();
      return Diagnostics.probe(network, probe, updateRatios.clone());
    }
  }

  /** Configures a {@link Trainer}; cost and optimizer are required. */
  public static final class Builder {

    private final FeedForwardNetwork network;
    private Cost cost;
    private Optimizer optimizer;
    private Regularizer regularizer = NoRegularizer.INSTANCE;
    private int epochs = 30;
    private int miniBatchSize = 10;
    private double dropoutRate;
    private long seed;
    private int probeSize = 100;
    private DenseKernel kernel = EjmlDenseKernel.INSTANCE;
    private TrainingEngine engine = TrainingEngine.REFERENCE;
    private FastOptions fastOptions = FastOptions.defaults();
    private final List<TrainingListener> listeners = new ArrayList<>();

    private Builder(FeedForwardNetwork network) {
      this.network = Objects.requireNonNull(network, "network");
    }

    public Builder cost(Cost cost) {
      this.cost = Objects.requireNonNull(cost, "cost");
      return this;
    }

    public Builder optimizer(Optimizer optimizer) {
      this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
      return this;
    }

    /** Default: none. */
    public Builder regularizer(Regularizer regularizer) {
      this.regularizer = Objects.requireNonNull(regularizer, "regularizer");
      return this;
    }

    /** Default 30, as in Nielsen's chapter 1. */
    public Builder epochs(int epochs) {
      if (epochs < 0) {
        throw new IllegalArgumentException("epochs must be >= 0, got " + epochs);
      }
      this.epochs = epochs;
      return this;
    }

    /** Default 10, as in Nielsen's chapter 1. */
    public Builder miniBatchSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("mini-batch size must be >= 1, got " + size);
      }
      this.miniBatchSize = size;
      return this;
    }

    /** Inverted dropout rate on hidden layers, in [0, 1); default 0. */
    public Builder dropout(double rate) {
      if (!(rate >= 0 && rate < 1)) {
        throw new IllegalArgumentException("dropout rate must be in [0, 1), got " + rate);
      }
      this.dropoutRate = rate;
      return this;
    }

    /** The seed of the data-order and dropout streams; see {@link RandomStreams}. Default 0. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** How many training examples (the first ones) diagnostics probe; default 100. */
    public Builder probeSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("probe size must be >= 1, got " + size);
      }
      this.probeSize = size;
      return this;
    }

    /** The dense kernel; default {@link EjmlDenseKernel}. */
    public Builder kernel(DenseKernel kernel) {
      this.kernel = Objects.requireNonNull(kernel, "kernel");
      return this;
    }

    /**
     * Default {@link TrainingEngine#REFERENCE}, exact double precision; {@link TrainingEngine#AUTO}
     * takes the fast path when the configuration allows it.
     */
    public Builder engine(TrainingEngine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /** How the fast path runs, when it does; default {@link FastOptions#defaults()}. */
    public Builder fastOptions(FastOptions options) {
      this.fastOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    public Builder listener(TrainingListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    public Trainer build() {
      return new Trainer(this);
    }
  }
}
