package dev.nnlab.cli.reproduce;

import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.cli.train.TrainingRun;
import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.train.Evaluation;
import dev.nnlab.network.train.TrainingHistory;
import dev.nnlab.network.train.TrainingListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * What an experiment runs with: the data, the plugins, the seeds (shared by every configuration,
 * so runs are paired), whether it is the reduced form, an epoch count replacing the published one
 * (only for experiments that {@linkplain Experiment#takesEpochs take one}), and a pool of
 * {@code threads} workers.
 *
 * @param data the full data set
 * @param catalog the plugins
 * @param seeds the seeds, in order
 * @param quick whether to run the reduced form
 * @param threads runs trained at the same time
 * @param progress hears one line per finished run (from worker threads, one at a time)
 * @param epochs epochs to train instead of the published count, or null for the published count
 */
public record ExperimentContext(
    DataSet data, PluginCatalog catalog, List<Long> seeds, boolean quick, int threads, Consumer<String> progress,
    Integer epochs) {

  /** Test and validation images evaluated in the quick form. */
  static final int QUICK_EVALUATION_SIZE = 2000;

  public ExperimentContext {
    seeds = List.copyOf(seeds);
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("an experiment needs at least one seed");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (epochs != null && epochs < 1) {
      throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
    }
  }

  /** The published epoch counts. */
  public ExperimentContext(
      DataSet data, PluginCatalog catalog, List<Long> seeds, boolean quick, int threads, Consumer<String> progress) {
    this(data, catalog, seeds, quick, threads, progress, null);
  }

  /** The epochs to train where the published setup trains {@code published}. */
  public int epochs(int published) {
    return epochs == null ? published : epochs;
  }

  /**
   * The data an experiment trains on: the first {@code trainSize} training images (or all when
   * {@code trainSize} is 0); in the quick form the test and validation sets are cut to their first
   * 2,000 images too.
   */
  public DataSet data(int trainSize) {
    DataSet d = trainSize == 0 || trainSize >= data.train().size() ? data : data.withTrainSize(trainSize);
    if (!quick) {
      return d;
    }
    return new DataSet(d.dataSet(), d.train(), d.validation().head(Math.min(QUICK_EVALUATION_SIZE, d.validation().size())),
        d.test().head(Math.min(QUICK_EVALUATION_SIZE, d.test().size())), d.directory(), d.origin(), d.files());
  }

  /** {@code full} normally, {@code reduced} in the quick form. */
  public int pick(int full, int reduced) {
    return quick ? reduced : full;
  }

  /** Trains every configuration with every seed; no listeners. */
  public Map<String, List<SeedRun>> train(Map<String, Recipe> configurations, DataSet on) {
    return train(configurations, on, (label, seed) -> List.of());
  }

  /**
   * Trains every configuration with every seed, {@code threads} runs at a time.
   *
   * @param listeners the listeners of one run, given its configuration's label and seed
   * @return per configuration (in the given order), one run per seed in seed order
   */
  public Map<String, List<SeedRun>> train(
      Map<String, Recipe> configurations, DataSet on, BiFunction<String, Long, List<TrainingListener>> listeners) {
    Map<String, List<Callable<SeedRun>>> tasks = new LinkedHashMap<>();
    configurations.forEach((label, recipe) -> {
      List<Callable<SeedRun>> runs = new ArrayList<>();
      for (long seed : seeds) {
        runs.add(() -> {
          long start = System.nanoTime();
          TrainingRun.Outcome outcome = new TrainingRun(recipe.setup(catalog, seed), on).execute(listeners.apply(label, seed));
          SeedRun run = seedRun(seed, outcome);
          progress.accept(String.format(java.util.Locale.ROOT, "%s, seed %d: best test %.2f %% (%.1f s)%s", label, seed,
              100 * run.bestTest(), (System.nanoTime() - start) / 1e9, run.diverged() == null ? "" : ", diverged"));
          return run;
        });
      }
      tasks.put(label, runs);
    });
    Map<String, List<SeedRun>> results = new LinkedHashMap<>();
    List<Callable<SeedRun>> all = tasks.values().stream().flatMap(List::stream).toList();
    List<SeedRun> done = parallel(all);
    int i = 0;
    for (String label : tasks.keySet()) {
      results.put(label, done.subList(i, i + seeds.size()));
      i += seeds.size();
    }
    return results;
  }

  /** Runs {@code tasks}, {@code threads} at a time, and returns their results in order. */
  public <T> List<T> parallel(List<Callable<T>> tasks) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "nnlab-reproduce");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<T>> futures = tasks.stream().map(pool::submit).toList();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the experiment was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static SeedRun seedRun(long seed, TrainingRun.Outcome outcome) {
    TrainingHistory history = outcome.history();
    List<Double> test = new ArrayList<>();
    List<Double> validation = new ArrayList<>();
    for (List<Evaluation> epoch : history.evaluations()) {
      for (Evaluation e : epoch) {
        (e.set().equals(TrainingRun.VALIDATION) ? validation : test).add(e.accuracy());
      }
    }
    return new SeedRun(seed, test, validation, history.trainingCosts(), outcome.network(),
        outcome.divergence().map(Throwable::getMessage).orElse(null));
  }
}
