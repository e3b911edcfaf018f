package dev.nnlab.cli.lab;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.cli.charts.Histogram;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.audit.AuditReport;
import dev.nnlab.network.audit.NetworkAudit;
import dev.nnlab.network.audit.Probe;
import dev.nnlab.network.audit.TrainingPace;
import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.Examples;
import dev.nnlab.network.data.SampleExamples;
import dev.nnlab.network.train.DivergenceException;
import dev.nnlab.network.train.EvaluationSet;
import dev.nnlab.network.train.Evaluator;
import dev.nnlab.network.train.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.ejml.data.DMatrixRMaj;

/**
 * Trains every configuration with every seed, {@code threads} runs at a time (each run on one
 * thread), and collects what each run did. Runs with the same seed share the data order and every
 * random stream their configurations do not change: the engine splits the seed per component.
 */
public final class Comparison {

  /** Bins of the initial-weight histograms. */
  static final int WEIGHT_BINS = 40;

  private final Examples train;
  private final Examples test;
  private final Probe probe;
  private final int threads;

  public Comparison(DataSet data, Probe probe, int threads) {
    this(new SampleExamples(data.train()), new SampleExamples(data.test()), probe, threads);
  }

  /** Runs on any examples: a known data set's parts or the user's own (a CSV table, IDX files). */
  public Comparison(Examples train, Examples test, Probe probe, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.train = train;
    this.test = test;
    this.probe = probe;
    this.threads = threads;
  }

  /**
   * Runs everything; {@code finished} hears of each run as it ends (from a worker thread).
   *
   * @return one result per (configuration, seed), configurations in order, seeds in order within
   */
  public List<RunResult> run(List<Configuration> configurations, Consumer<RunResult> finished) {
    return run(configurations, finished, null, false);
  }

  /**
   * {@link #run(List, Consumer)}, keeping every finished run in {@code store} (if not null) and,
   * when {@code resume}, taking the runs it already holds instead of training them again.
   */
  public List<RunResult> run(
      List<Configuration> configurations, Consumer<RunResult> finished, FinishedRuns store, boolean resume) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "nnlab-compare");
      thread.setDaemon(true);
      return thread;
    });
    try {
      // every kept run is read (and checked against this comparison) before any run starts
      List<Callable<RunResult>> tasks = new ArrayList<>();
      int index = 0;
      for (Configuration configuration : configurations) {
        for (TrainingSetup setup : configuration.setups()) {
          int run = index++;
          Optional<RunResult> kept =
              resume && store != null ? store.load(run, configuration.label(), setup) : Optional.empty();
          tasks.add(() -> {
            RunResult result = kept.orElseGet(() -> runOne(configuration.label(), setup));
            if (kept.isEmpty() && store != null) {
              store.save(run, setup, result);
            }
            finished.accept(result);
            return result;
          });
        }
      }
      List<Future<RunResult>> futures = new ArrayList<>();
      tasks.forEach(task -> futures.add(pool.submit(task)));
      List<RunResult> results = new ArrayList<>();
      for (Future<RunResult> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the comparison was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Trains one run on the calling thread. */
  public RunResult runOne(String label, TrainingSetup setup) {
    long start = System.nanoTime();
    TrainingPace pace = TrainingPace.of(setup.eta(), train.size(), setup.miniBatchSize());
    RunRecorder recorder = new RunRecorder(setup.cost().value(), pace, probe);
    Injector injector = Guice.createInjector(setup.module(List.of(recorder)));
    Network network = injector.getInstance(Network.class);
    Histogram weights = histogram(firstWeights(network));
    AuditReport audit =
        NetworkAudit.audit(network, setup.cost().value(), pace, probe.inputs(), probe.targets());
    double before =
        new Evaluator(network, setup.cost().value(), setup.regularizer().value()).evaluate("test", test).accuracy();
    recorder.start(audit, before);
    String diverged = null;
    try {
      injector.getInstance(Trainer.class).train(train, EvaluationSet.of("test", test));
    } catch (DivergenceException e) {
      diverged = e.getMessage();
    }
    return new RunResult(
        label,
        setup.seed(),
        recorder.accuracy(),
        recorder.costs(),
        recorder.layers(),
        audit.findings().stream().map(f -> f.severity() + ": " + f.message()).toList(),
        weights,
        diverged,
        (System.nanoTime() - start) / 1e9);
  }

  /** The weights of the first layer that has any (a network may start with flatten or pooling). */
  private static DMatrixRMaj firstWeights(Network network) {
    return network.parameters().stream().filter(p -> p.role() == Parameter.Role.WEIGHTS).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the network " + network + " has no weights to compare"))
        .value();
  }

  private static Histogram histogram(DMatrixRMaj w) {
    return Histogram.of(java.util.Arrays.copyOf(w.data, w.getNumElements()), WEIGHT_BINS);
  }
}
