package dev.nnlab.cli.sweep;

/**
 * A kind of executor for {@code --spark MASTER}, found by {@link java.util.ServiceLoader}. The Spark
 * module provides one; nothing in nnlab depends on it, so {@code train} never loads Spark.
 */
public interface SweepExecutorProvider {

  /** A stable name, e.g. {@code spark}. */
  String name();

  /**
   * Connects to {@code master} (e.g. {@code local[2]} or {@code spark://127.0.0.1:7077}).
   *
   * @throws IllegalArgumentException if the master is not one this provider understands
   */
  SweepExecutor create(String master, SweepJob job);
}
