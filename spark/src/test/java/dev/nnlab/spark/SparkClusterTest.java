package dev.nnlab.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real standalone master and worker on 127.0.0.1, started by scripts/spark-cluster.sh. */
class SparkClusterTest {

  private static final Path SCRIPT = Path.of("..", "scripts", "spark-cluster.sh").toAbsolutePath().normalize();

  @TempDir Path temp;

  private Path state;

  /**
   * The grid uses an initializer from a {@code --plugins} class directory: the executors, JVMs of
   * their own that the worker starts, must receive it (and local[2]'s, in the driver's JVM, find it).
   */
  @Test
  void aLoopbackClusterWithAPluginRecordsTheLocalPoolsNumbers() throws Exception {
    SweepRuns.realMnist();
    Path grid = Files.writeString(temp.resolve("grid.json"), SweepRuns.PLUGIN_GRID);
    List<String> plugins = List.of("--plugins", SweepRuns.halfRandnPlugin(temp).toString());
    // Not under @TempDir: the cluster's SPARK_HOME links to jars, which JUnit would warn about deleting.
    state = Path.of("target", "cluster-test").toAbsolutePath();
    String master = start(state);

    assertThat(SweepRuns.sweepWith(plugins, grid, temp.resolve("cluster-run"), "--spark", master)).isZero();
    assertThat(SweepRuns.sweepWith(plugins, grid, temp.resolve("local2"), "--spark", "local[2]")).isZero();
    assertThat(SweepRuns.sweepWith(plugins, grid, temp.resolve("local"), "--parallel", "2")).isZero();

    Map<String, JsonNode> local = SweepRuns.runs(temp.resolve("local"));
    assertThat(local).hasSize(4).allSatisfy((file, run) -> assertThat(run.has("result")).as(file).isTrue());
    assertThat(local.values()).filteredOn(run -> run.get("configuration").asText().equals("init=half-randn")).hasSize(2);
    assertThat(SweepRuns.runs(temp.resolve("cluster-run"))).isEqualTo(local);
    assertThat(SweepRuns.runs(temp.resolve("local2"))).isEqualTo(local);
    assertThat(Files.readString(state.resolve("worker.log"))).contains("Asked to launch executor");
  }

  @AfterEach
  void stop() throws Exception {
    if (state != null) {
      run(state, "stop").waitFor(60, TimeUnit.SECONDS);
    }
  }

  /** Starts the cluster on a free port; skips the test, with the script's words, if Spark cannot start here. */
  private static String start(Path state) throws Exception {
    Process start = run(state, "start");
    boolean finished = start.waitFor(180, TimeUnit.SECONDS);
    String output = new String(start.getInputStream().readAllBytes());
    assumeTrue(finished && start.exitValue() == 0, "Spark's standalone cluster did not start here: " + output);
    List<String> lines = output.strip().lines().toList();
    String master = lines.get(lines.size() - 1);
    assertThat(master).matches("spark://127\\.0\\.0\\.1:\\d+");
    return master;
  }

  private static Process run(Path state, String action) throws IOException {
    ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), action).redirectErrorStream(true);
    builder.environment().put("NNLAB_SPARK_DIR", state.toString());
    builder.environment().put("NNLAB_SPARK_PORT", String.valueOf(freePort()));
    builder.environment().put("NNLAB_SPARK_WORKER_MEMORY", "1g");
    return builder.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
