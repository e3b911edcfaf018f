package dev.nnlab.cli.sweep;

import dev.nnlab.cli.lab.Comparison;
import dev.nnlab.cli.lab.RunResult;
import dev.nnlab.cli.lab.RunResultCodec;
import dev.nnlab.network.audit.Probe;
import dev.nnlab.network.data.DataSet;
import dev.nnlab.network.data.DataSetDefinition;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Runs one task on the calling thread, exactly as {@code compare} runs one of its runs, and never
 * throws: a run that fails comes back as its one-line error. The same code runs in the local pool
 * and in every Spark executor, so the numbers cannot depend on where a run ran.
 */
public final class CellRunner {

  private final CellResolver resolver;
  private final Function<DataSetDefinition, DataSet> data;
  private final int probeSize;
  private final Map<String, Comparison> comparisons = new ConcurrentHashMap<>();

  /**
   * @param resolver reads a task's options
   * @param data the whole data set (every training image) for a definition; called once per data set
   * @param probeSize training images the audit measures
   */
  public CellRunner(CellResolver resolver, Function<DataSetDefinition, DataSet> data, int probeSize) {
    this.resolver = resolver;
    this.data = data;
    this.probeSize = probeSize;
  }

  public TaskOutcome run(SweepTask task) {
    try {
      ResolvedCell cell = resolver.resolve(task.arguments());
      RunResult result = comparison(cell).runOne(task.label(), cell.setup());
      return new TaskOutcome(task, RunResultCodec.write(result), null);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return new TaskOutcome(task, null, oneLine(e));
    }
  }

  /**
   * One comparison (data, probe) per data set and training size, or per reading of the user's
   * data, shared by the runs that use it.
   */
  private Comparison comparison(ResolvedCell cell) {
    if (cell.userData().isPresent()) {
      ResolvedCell.UserData user = cell.userData().get();
      return comparisons.computeIfAbsent("user/" + user.key(), k -> new Comparison(user.data().train(),
          user.data().test(), Probe.of(user.data().train(), probeSize), 1));
    }
    String key = cell.dataSet().id() + "/" + cell.trainSize();
    return comparisons.computeIfAbsent(key, k -> {
      DataSet all = data.apply(cell.dataSet());
      DataSet used = cell.trainSize() == null ? all : trainSize(all, cell.trainSize());
      return new Comparison(used, Probe.of(used.train(), probeSize), 1);
    });
  }

  private static DataSet trainSize(DataSet all, int size) {
    try {
      return all.withTrainSize(size);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--train-size " + size + ": " + e.getMessage(), e);
    }
  }

  static String oneLine(Throwable thrown) {
    Throwable e = thrown;
    // Guice wraps what a component threw while the network was assembled; the cause is the news.
    while (e.getClass().getName().startsWith("com.google.inject.") && e.getCause() != null) {
      e = e.getCause();
    }
    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    String line = message.lines().findFirst().orElse("").strip();
    boolean expected = e instanceof IllegalArgumentException || e instanceof IllegalStateException;
    return expected ? line : e.getClass().getSimpleName() + ": " + line;
  }
}
