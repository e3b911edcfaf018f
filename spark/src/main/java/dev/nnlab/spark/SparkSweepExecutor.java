package dev.nnlab.spark;

import dev.nnlab.cli.sweep.SweepExecutor;
import dev.nnlab.cli.sweep.SweepJob;
import dev.nnlab.cli.sweep.SweepTask;
import dev.nnlab.cli.sweep.TaskOutcome;
import dev.nnlab.cli.sweep.TaskPool;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs each sweep run as one Spark task (a one-element job, so every outcome reaches the driver as
 * soon as it is done and a lost task fails only its run). The data is broadcast once. Loaded by
 * {@link SparkClassLoader}; {@code spark.*} system properties (e.g. {@code -Dspark.executor.memory=2g}
 * in {@code NNLAB_JAVA_OPTS}) configure the context further.
 */
public final class SparkSweepExecutor implements SweepExecutor {

  private final String master;
  private final JavaSparkContext context;
  private final RunCell runCell;
  private final TaskPool driverThreads;

  public SparkSweepExecutor(String master, SweepJob job) {
    this.master = master;
    boolean local = master.startsWith("local");
    SparkConf conf = new SparkConf(true).setMaster(master).setAppName("nnlab sweep")
        .setIfMissing("spark.ui.enabled", "false")
        // The executors' runs take the same (Vector API) arithmetic as the driver's, or the numbers would differ.
        .setIfMissing("spark.executor.extraJavaOptions", "--add-modules=jdk.incubator.vector")
        .setIfMissing("spark.task.maxFailures", "2");
    if (local || master.contains("://127.0.0.1") || master.contains("://localhost")) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    if (!local) {
      conf.setJars(ApplicationJars.of(job.jars(), job.plugins()).toArray(String[]::new));
    }
    this.context = new JavaSparkContext(conf);
    Broadcast<DataPayload> data = context.broadcast(DataPayload.of(job.data()));
    ExecutorPlugins plugins = job.plugins().isEmpty() ? ExecutorPlugins.none()
        : local ? ExecutorPlugins.onThisMachine(job.plugins()) : ExecutorPlugins.shipped();
    this.runCell = new RunCell(data, job.probeSize(), plugins);
    // One driver thread per task slot: each waits for its task's job while the slot works.
    this.driverThreads = new TaskPool(Math.max(1, context.defaultParallelism()), "nnlab-spark-driver",
        SparkSweepExecutor.class.getClassLoader());
  }

  @Override
  public String description() {
    return "Spark " + master + " (" + context.defaultParallelism() + " task slots)";
  }

  @Override
  public void run(List<SweepTask> tasks, Consumer<TaskOutcome> finished) {
    driverThreads.runAll(tasks, this::runOnSpark, finished);
  }

  private TaskOutcome runOnSpark(SweepTask task) {
    context.setJobDescription(task.label() + ", seed " + task.seed());
    try {
      return context.parallelize(List.of(task), 1).map(runCell).collect().get(0);
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
      if (context.sc().isStopped()) {
        // No run can go on: stop the sweep rather than record every remaining run as failed.
        throw new IllegalStateException("Spark stopped the sweep: " + message, e);
      }
      // The run itself never throws; this is Spark losing it (an executor died, say) after its retries.
      return new TaskOutcome(task, null, "Spark: " + message);
    }
  }

  @Override
  public void close() {
    driverThreads.close();
    context.stop();
  }
}
