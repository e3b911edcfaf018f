package dev.nnlab.spark;

import dev.nnlab.cli.sweep.SweepExecutor;
import dev.nnlab.cli.sweep.SweepExecutorProvider;
import dev.nnlab.cli.sweep.SweepJob;
import java.lang.reflect.InvocationTargetException;
import java.util.regex.Pattern;

/**
 * {@code --spark MASTER}: runs a sweep on Apache Spark. This class is loaded by nnlab's class
 * loader and touches no Spark class itself; the executor behind it lives in a {@link SparkClassLoader}.
 */
public final class SparkSweepExecutorProvider implements SweepExecutorProvider {

  private static final Pattern MASTER = Pattern.compile("local(\\[(\\d+|\\*)])?|spark://\\S+|k8s://\\S+|yarn");

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public SweepExecutor create(String master, SweepJob job) {
    if (!MASTER.matcher(master).matches()) {
      throw new IllegalArgumentException("--spark " + master
          + ": expected local, local[N], local[*], spark://HOST:PORT, k8s://https://HOST:PORT or yarn");
    }
    SparkClassLoader loader = SparkClassLoader.beside(SparkSweepExecutorProvider.class);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return (SweepExecutor) loader.loadClass(SparkSweepExecutor.class.getName())
          .getConstructor(String.class, SweepJob.class).newInstance(master, job);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Spark did not start: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the Spark executor class cannot be loaded: " + e, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
