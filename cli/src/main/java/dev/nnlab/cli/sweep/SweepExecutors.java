package dev.nnlab.cli.sweep;

import java.util.List;
import java.util.ServiceLoader;

/** Chooses the executor: the local pool, or the provider {@code --spark} asks for. */
public final class SweepExecutors {

  private SweepExecutors() {}

  /**
   * @param spark the Spark master, or null for the local pool
   * @param loader where to look for providers (nnlab's class path plus any plugins)
   * @throws ExecutorUnavailableException if {@code --spark} is given but no Spark provider is on the class path
   */
  public static SweepExecutor create(
      String spark, int parallel, CellRunner runner, SweepJob job, ClassLoader loader) {
    if (spark == null) {
      return new LocalSweepExecutor(runner, parallel);
    }
    List<SweepExecutorProvider> providers = ServiceLoader.load(SweepExecutorProvider.class, loader).stream()
        .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("spark")).toList();
    if (providers.isEmpty()) {
      throw new ExecutorUnavailableException("--spark " + spark + ": the Spark executor is not on the class path;"
          + " run through ./nnlab, which builds it (./mvnw -Pspark -pl spark -am package) and adds it when --spark is given");
    }
    return providers.get(0).create(spark, job);
  }

  /** No provider for the executor asked for. */
  public static final class ExecutorUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExecutorUnavailableException(String message) {
      super(message);
    }
  }
}
