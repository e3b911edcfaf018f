package dev.nnlab.network.train;

import dev.nnlab.core.layer.ConvolutionGeometry;
import dev.nnlab.core.layer.Layer;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.PoolingGeometry;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Optimizer;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.model.Regularizer;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.network.RandomStreams;
import dev.nnlab.network.ResumableRandom;
import dev.nnlab.network.backend.Backend;
import dev.nnlab.network.backend.BackendRun;
import dev.nnlab.network.backend.Dropout;
import dev.nnlab.network.backend.TrainingJob;
import dev.nnlab.network.backend.reference.LayerStack;
import dev.nnlab.network.backend.reference.ReferenceBackend;
import dev.nnlab.network.cost.OutputDomain;
import dev.nnlab.network.data.Examples;
import dev.nnlab.network.diagnostics.Diagnostics;
import dev.nnlab.network.diagnostics.NetworkDiagnostics;
import dev.nnlab.network.fast.ConvBackend;
import dev.nnlab.network.fast.FastBackend;
import dev.nnlab.network.fast.FastOptions;
import dev.nnlab.network.regularize.NoRegularizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mini-batch training as in network.py's {@code SGD}: every epoch shuffles the training set, walks
 * it in mini-batches (the last one may be smaller), and for each one lets the backend run forward,
 * backward (regularisation term included) and the optimizer's update. After every epoch it checks
 * every parameter is finite and evaluates the evaluation sets.
 *
 * <pre>{@code
 * Trainer trainer = Trainer.builder(network).cost("quadratic").optimizer("sgd(eta=3)")
 *     .epochs(30).miniBatchSize(10).seed(1).onEpoch(System.out::println).build();
 * TrainingHistory history = trainer.train(training, EvaluationSet.of("test", test));
 * }</pre>
 *
 * The data order and dropout masks come from their own streams of {@link RandomStreams}(seed), so
 * the same seed, network and data give a bit-identical run. A NaN or infinite mini-batch cost or
 * parameter stops training with a {@link DivergenceException}.
 *
 * <p>The trainer knows no backend's internals: it asks the candidates ({@link TrainingEngine#AUTO}:
 * the fast dense backend, the fast convolution backend, then the reference one) whether they can run the job and drives the first that
 * can through {@link BackendRun}. Update ratios, divergence reports and evaluations are computed here,
 * once, from the network's parameters, which the backend brings up to date whenever they are read.
 */
public final class Trainer {

  private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

  private final Network network;
  private final Cost cost;
  private final Optimizer optimizer;
  private final Regularizer regularizer;
  private final int epochs;
  private final int miniBatchSize;
  private final double dropoutRate;
  private final long seed;
  private final int probeSize;
  private final TrainingEngine engineChoice;
  private final FastOptions fastOptions;
  private final List<TrainingListener> listeners;

  private Trainer(Builder b) {
    this.network = b.network;
    if (b.cost == null || b.optimizer == null) {
      throw new IllegalStateException("the trainer needs " + (b.cost == null ? "a cost" : "an optimizer")
          + ": call " + (b.cost == null ? "cost(\"quadratic\")" : "optimizer(\"sgd(eta=3)\")")
          + " (a spec, as the command line takes) or pass the object");
    }
    this.cost = b.cost;
    this.optimizer = b.optimizer;
    this.regularizer = b.regularizer;
    this.epochs = b.epochs;
    this.miniBatchSize = b.miniBatchSize;
    this.dropoutRate = b.dropoutRate;
    this.seed = b.seed;
    this.probeSize = b.probeSize;
    this.engineChoice = b.engine;
    this.fastOptions = b.fastOptions;
    this.listeners = List.copyOf(b.listeners);
  }

  /** A backend and why it was chosen: "" when it was the first candidate, else the reason. */
  private record Selection(Backend backend, String why) {}

  private TrainingJob job(RandomGenerator dropoutStream) {
    Dropout dropout = dropoutRate > 0 ? new Dropout(dropoutRate, dropoutStream) : Dropout.none();
    return new TrainingJob(network, cost, optimizer, regularizer, dropout, dropoutStream, miniBatchSize);
  }

  private Selection select(TrainingJob job) {
    if (engineChoice == TrainingEngine.REFERENCE) {
      return new Selection(ReferenceBackend.INSTANCE, " (chosen)");
    }
    Backend fast = new FastBackend(fastOptions);
    Optional<String> dense = fast.unsupported(job);
    if (dense.isEmpty()) {
      return new Selection(fast, "");
    }
    Backend conv = new ConvBackend(fastOptions);
    Optional<String> convolutional = conv.unsupported(job);
    if (convolutional.isEmpty()) {
      return new Selection(conv, "");
    }
    // for a stack with no convolution or pooling the dense backend's reason is the one that matters
    boolean spatial = network.layers().stream()
        .anyMatch(layer -> layer.capability(ConvolutionGeometry.class).isPresent()
            || layer.capability(PoolingGeometry.class).isPresent());
    return new Selection(ReferenceBackend.INSTANCE, ", because " + (spatial ? convolutional : dense).get());
  }

  /**
   * Which backend {@link #train} will use, and why: {@code fast single-precision backend: float
   * vector 256-bit}, {@code reference backend, because <reason>} or {@code reference backend
   * (chosen)}. The run's own description, told to {@link TrainingListener#trainingStarted}, adds
   * what depends on the data (sparse inputs, threads).
   */
  public String engineDescription() {
    TrainingJob job = job(new SplittableRandom(seed));
    Selection selection = select(job);
    return selection.backend().describe(job) + selection.why();
  }

  /** A builder whose spec strings ({@code cost("quadratic")}) resolve through the standard catalog. */
  public static Builder builder(Network network) {
    return new Builder(network, null);
  }

  /** A builder whose spec strings resolve through {@code plugins}, e.g. the one the network was built with. */
  public static Builder builder(Network network, PluginCatalog plugins) {
    return new Builder(network, Objects.requireNonNull(plugins, "plugins"));
  }

  public Network network() {
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
    return train(training, sets, null);
  }

  /**
   * Continues a run from {@code state} (taken by {@link TrainingView#state()} from a run with the
   * same network, configuration and data): the epochs from {@code state.epochsDone()} on run
   * exactly as they would have without the stop, and the returned history includes the earlier
   * ones. Listeners hear only the epochs that run now. {@code null} starts from the beginning.
   */
  public TrainingHistory train(Examples training, List<EvaluationSet> sets, TrainingState state) {
    requireShape("training set", training);
    sets.forEach(set -> requireShape("evaluation set '" + set.name() + "'", set.examples()));
    requireCostFitsOutput();
    if (state != null && state.epochsDone() > epochs) {
      throw new IllegalArgumentException(
          "the saved state is after " + state.epochsDone() + " epochs, but this run has " + epochs);
    }
    try (Run run = new Run(training, sets, state)) {
      return run.loop();
    }
  }

  /** Refuses a cost that is NaN on part of what the output layer can produce (cross-entropy on identity). */
  private void requireCostFitsOutput() {
    Layer last = network.layers().get(network.layers().size() - 1);
    Optional<String> problem =
        last.activation().flatMap(output -> OutputDomain.mismatch(cost, output.value(), output.spec()));
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
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
  private final class Run implements TrainingView, AutoCloseable {

    private final Examples training;
    private final List<EvaluationSet> sets;
    private final int n;
    private final BatchOrder order;
    private final BackendRun backend;
    private final Evaluator evaluator;
    private final Parameter[] weights;
    private final DMatrixRMaj[] previousWeights;
    private final double[] updateRatios;
    private final DMatrixRMaj probe = new DMatrixRMaj(1, 1);
    private final ResumableRandom dataOrderStream;
    private final ResumableRandom dropoutStream;
    private final List<Double> costs = new ArrayList<>();
    private final List<List<Evaluation>> evaluations = new ArrayList<>();
    private boolean parametersCurrent = true;
    private boolean gradientsCurrent = true;

    Run(Examples training, List<EvaluationSet> sets, TrainingState resumed) {
      this.training = training;
      this.sets = List.copyOf(sets);
      this.n = training.size();
      RandomStreams streams = new RandomStreams(seed);
      this.dataOrderStream = resumed == null ? streams.dataOrder() : ResumableRandom.at(resumed.dataOrder());
      this.dropoutStream = resumed == null ? streams.dropout() : ResumableRandom.at(resumed.dropout());
      this.order = new BatchOrder(n, dataOrderStream);
      if (resumed != null) {
        order.restore(resumed.order());
        restoreParameters(resumed.parameters());
        costs.addAll(resumed.history().trainingCosts());
        evaluations.addAll(resumed.history().evaluations());
      }
      this.evaluator = new Evaluator(network, cost, regularizer);
      this.weights =
          network.parameters().stream().filter(p -> p.role() == Parameter.Role.WEIGHTS).toArray(Parameter[]::new);
      this.previousWeights = new DMatrixRMaj[weights.length];
      this.updateRatios = new double[network.layers().size()];
      Arrays.fill(updateRatios, Double.NaN);
      int[] first = new int[Math.min(probeSize, n)];
      Arrays.setAll(first, i -> i);
      training.gather(first, 0, first.length, probe, new DMatrixRMaj(first.length, network.outputSize()));
      TrainingJob job = job(dropoutStream);
      Selection selection = select(job);
      this.backend = selection.backend().start(job, training);
      if (resumed != null) {
        restoreBackend(resumed.backendState());
      }
      BackendReport report =
          new BackendReport(selection.backend().name(), backend.description() + selection.why(), backend.arithmetic());
      LOG.debug("training on the {}", report.description());
      listeners.forEach(listener -> listener.trainingStarted(report));
    }

    TrainingHistory loop() {
      int batches = (n + miniBatchSize - 1) / miniBatchSize;
      for (int epoch = costs.size(); epoch < epochs; epoch++) {
        order.shuffle();
        long epochStart = System.nanoTime();
        double costSum = 0;
        for (int b = 0; b < batches; b++) {
          costSum += batch(epoch, b, batches);
        }
        long trainingNanos = System.nanoTime() - epochStart;
        synchronize();
        requireFiniteParameters(epoch);
        long evaluationStart = System.nanoTime();
        List<Evaluation> results = new ArrayList<>();
        for (EvaluationSet set : sets) {
          results.add(evaluator.evaluation(set.name(), set.examples().size(), backend.score(set.examples())));
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

    /**
     * Mini-batch {@code b} of the epoch and its listeners; returns its cost times its size. The
     * epoch loop runs once per epoch, so the JIT compiles it late (an on-stack replacement after
     * some twenty epochs of Nielsen's run) and interprets it until then: what runs per mini-batch
     * lives here, in a method called thousands of times per epoch and compiled in the first.
     */
    private double batch(int epoch, int b, int batches) {
      long batchStart = System.nanoTime();
      int from = b * miniBatchSize;
      int count = Math.min(miniBatchSize, n - from);
      double batchCost = trainBatch(epoch, b, from, count);
      if (!listeners.isEmpty()) {
        BatchEvent event =
            new BatchEvent(epoch, b, batches, count, batchCost, System.nanoTime() - batchStart, this);
        listeners.forEach(listener -> listener.batchEnded(event));
      }
      return batchCost * count;
    }

    private double trainBatch(int epoch, int b, int from, int count) {
      double batchCost = backend.forwardBackward(order.indices(), from, count);
      if (!Double.isFinite(batchCost)) {
        synchronize();
        throw diverged(epoch, b, from, count, batchCost);
      }
      boolean track = wantsUpdateRatios(epoch, b);
      if (track) {
        synchronize();
        for (int k = 0; k < weights.length; k++) {
          if (previousWeights[k] == null) {
            previousWeights[k] = weights[k].value().copy();
          } else {
            previousWeights[k].setTo(weights[k].value());
          }
        }
      }
      backend.update();
      parametersCurrent = false;
      gradientsCurrent = false;
      if (track) {
        synchronize();
        recordUpdateRatios();
      } else {
        Arrays.fill(updateRatios, Double.NaN);
      }
      return batchCost;
    }

    /** ‖ΔW‖/‖W‖ of every layer with weights (its first weight matrix), NaN for the others. */
    private void recordUpdateRatios() {
      Arrays.fill(updateRatios, Double.NaN);
      int k = 0;
      for (Layer layer : network.layers()) {
        boolean first = true;
        for (Parameter p : layer.parameters()) {
          if (p.role() == Parameter.Role.WEIGHTS) {
            if (first) {
              updateRatios[layer.position() - 1] = updateRatio(p.value(), previousWeights[k]);
              first = false;
            }
            k++;
          }
        }
      }
    }

    /** Brings the network's parameters up to date with the backend's. */
    private void synchronize() {
      if (!parametersCurrent) {
        backend.synchronize();
        parametersCurrent = true;
      }
    }

    /**
     * Brings the network's parameters and its last mini-batch's gradients up to date: only what
     * listeners look at needs the gradients, and a backend may compute them only now.
     */
    private void synchronizeAll() {
      synchronize();
      if (!gradientsCurrent) {
        backend.synchronizeGradients();
        gradientsCurrent = true;
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

    /** Names the first layer whose parameters or pre-activations are not finite on this batch. */
    private DivergenceException diverged(int epoch, int b, int from, int count, double batchCost) {
      String where = "training diverged in epoch " + epoch + ", mini-batch " + b + ": ";
      String advice =
          "; try a smaller learning rate (η = " + optimizer.learningRate() + ") or another initializer";
      DMatrixRMaj x = new DMatrixRMaj(count, network.inputSize());
      training.gather(order.indices(), from, count, x, new DMatrixRMaj(count, network.outputSize()));
      LayerStack stack = LayerStack.forInference(network);
      stack.forward(x);
      for (Layer layer : network.layers()) {
        String bad = nonFinite(layer);
        if (bad != null) {
          return new DivergenceException(
              where + bad + " (mini-batch cost " + batchCost + ")" + advice, epoch, layer.position());
        }
        Optional<DMatrixRMaj> z = stack.preActivation(layer.position());
        if (z.isPresent() && firstNonFinite(z.get()) >= 0) {
          return new DivergenceException(
              where + "layer " + layer.position() + " pre-activations reached "
                  + z.get().data[firstNonFinite(z.get())] + " (mini-batch cost " + batchCost + ")" + advice,
              epoch,
              layer.position());
        }
      }
      int last = network.layers().size();
      double largest = 0;
      DMatrixRMaj output = stack.output();
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
      for (Layer layer : network.layers()) {
        String bad = nonFinite(layer);
        if (bad != null) {
          throw new DivergenceException(
              "training diverged in epoch " + epoch + ": " + bad + "; try a smaller learning rate (η = "
                  + optimizer.learningRate() + ")",
              epoch,
              layer.position());
        }
      }
    }

    private static String nonFinite(Layer layer) {
      for (Parameter p : layer.parameters()) {
        int i = firstNonFinite(p.value());
        if (i >= 0) {
          return "layer " + layer.position() + " " + p.role().name().toLowerCase(Locale.ROOT) + " contain "
              + p.value().data[i];
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
    public Network network() {
      synchronizeAll();
      return network;
    }

    @Override
    public NetworkDiagnostics diagnostics() {
      synchronizeAll();
      return Diagnostics.probe(network, probe, updateRatios.clone());
    }

    @Override
    public TrainingState state() {
      synchronize();
      List<double[]> values = network.parameters().stream().map(p -> p.value().data.clone()).toList();
      ByteArrayOutputStream backendState = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(backendState)) {
        backend.saveState(out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot save the backend's state", e);
      }
      return new TrainingState(costs.size(), new TrainingHistory(costs, evaluations), order.indices().clone(),
          dataOrderStream.position(), dropoutStream.position(), values, backendState.toByteArray());
    }

    private void restoreParameters(List<double[]> values) {
      List<Parameter> parameters = network.parameters();
      if (values.size() != parameters.size()) {
        throw new IllegalArgumentException(
            "the saved state has " + values.size() + " parameters, this network " + parameters.size());
      }
      for (int k = 0; k < values.size(); k++) {
        double[] target = parameters.get(k).value().data;
        if (values.get(k).length != parameters.get(k).size()) {
          throw new IllegalArgumentException("saved parameter " + k + " has " + values.get(k).length
              + " values, this network's " + parameters.get(k).size());
        }
        System.arraycopy(values.get(k), 0, target, 0, values.get(k).length);
      }
    }

    private void restoreBackend(byte[] state) {
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
        backend.restoreState(in);
        if (in.read() != -1) {
          throw new IllegalArgumentException("the saved backend state has bytes this backend did not read");
        }
      } catch (IOException e) {
        backend.close();
        throw new IllegalArgumentException("the saved backend state does not fit this run: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      backend.close();
    }
  }

  /** Configures a {@link Trainer}; cost and optimizer are required. */
  /**
   * The trainer's settings. Every component is given either as a spec string, resolved at once
   * through the builder's catalog (so a bad spec fails here, with the command line's message), or
   * as an object.
   */
  public static final class Builder {

    private final Network network;
    private PluginCatalog plugins;
    private Cost cost;
    private Optimizer optimizer;
    private Regularizer regularizer = NoRegularizer.INSTANCE;
    private int epochs = 30;
    private int miniBatchSize = 10;
    private double dropoutRate;
    private long seed;
    private int probeSize = 100;
    private TrainingEngine engine = TrainingEngine.AUTO;
    private FastOptions fastOptions = FastOptions.defaults();
    private final List<TrainingListener> listeners = new ArrayList<>();

    private Builder(Network network, PluginCatalog plugins) {
      this.network = Objects.requireNonNull(network, "network");
      this.plugins = plugins;
    }

    private PluginCatalog plugins() {
      if (plugins == null) {
        plugins = PluginCatalog.standard();
      }
      return plugins;
    }

    /** Required. */
    public Builder cost(Cost cost) {
      this.cost = Objects.requireNonNull(cost, "cost");
      return this;
    }

    /** Required; a cost spec such as {@code quadratic} or {@code cross-entropy}. */
    public Builder cost(String spec) {
      return cost(plugins().cost(Objects.requireNonNull(spec, "spec")).value());
    }

    /** Required. */
    public Builder optimizer(Optimizer optimizer) {
      this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
      return this;
    }

    /** Required; an optimizer spec such as {@code sgd(eta=3)} or {@code adam(eta=0.001)}. */
    public Builder optimizer(String spec) {
      return optimizer(plugins().optimizer(Objects.requireNonNull(spec, "spec")).value());
    }

    /** Default: none. */
    public Builder regularizer(Regularizer regularizer) {
      this.regularizer = Objects.requireNonNull(regularizer, "regularizer");
      return this;
    }

    /** A regularizer spec such as {@code l2(lambda=5)}; default {@code none}. */
    public Builder regularizer(String spec) {
      return regularizer(plugins().regularizer(Objects.requireNonNull(spec, "spec")).value());
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

    /** Inverted dropout rate on the outputs of every layer but the last, in [0, 1); default 0. */
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

    /**
     * Default {@link TrainingEngine#AUTO}: the fast backend when the job allows it;
     * {@link TrainingEngine#REFERENCE} for exact double precision.
     */
    public Builder engine(TrainingEngine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /** How the fast backend runs, when it does; default {@link FastOptions#defaults()}. */
    public Builder fastOptions(FastOptions options) {
      this.fastOptions = Objects.requireNonNull(options, "options");
      return this;
    }

    public Builder listener(TrainingListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /** Calls {@code action} after every epoch: {@code .onEpoch(e -> System.out.println(e))}. */
    public Builder onEpoch(Consumer<EpochEvent> action) {
      return listener(TrainingListener.onEpoch(action));
    }

    /** Calls {@code action} after every mini-batch. */
    public Builder onBatch(Consumer<BatchEvent> action) {
      return listener(TrainingListener.onBatch(action));
    }

    public Trainer build() {
      return new Trainer(this);
    }
  }
}
