package dev.nnlab.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.PluginJars;
import dev.nnlab.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs real sweeps through nnlab's command line and reads back what they recorded. */
final class SweepRuns {

  /** Four quick runs: 1,000 images, one epoch, two initializers × two seeds. */
  static final String GRID = """
      {"fixed": {"--train-size": 1000, "--epochs": 1, "--sizes": "784,10,10"},
       "grid": {"--init": ["randn", "xavier-normal"]}, "seeds": [1, 2]}
      """;

  /**
   * The grid with an initializer only a plugin provides, {@code half-randn}, whose runs fail
   * wherever the plugin does not reach.
   */
  static final String PLUGIN_GRID = """
      {"fixed": {"--train-size": 1000, "--epochs": 1, "--sizes": "784,10,10"},
       "grid": {"--init": ["randn", "half-randn"]}, "seeds": [1, 2]}
      """;

  private SweepRuns() {}

  /** Builds the {@code half-randn} plugin, N(0, 1/4), as a class directory (no jar: Spark must be sent one). */
  static Path halfRandnPlugin(Path work) {
    return new PluginJars(work).source("test.HalfRandn", """
        package test;
        import dev.nnlab.core.init.*;
        import dev.nnlab.core.plugin.*;
        import java.util.random.RandomGenerator;
        import org.ejml.data.DMatrixRMaj;
        public final class HalfRandn implements InitializerProvider {
          public String name() { return "half-randn"; }
          public String description() { return "N(0, 1/4): randn halved"; }
          public Initializer create(Parameters parameters) {
            return new Initializer() {
              public void initialize(DMatrixRMaj target, Fan fan, RandomGenerator random) {
                for (int i = 0; i < target.getNumElements(); i++) {
                  target.data[i] = 0.5 * random.nextGaussian();
                }
              }
              public String formula(Fan fan) { return "N(0, 1/4)"; }
            };
          }
        }
        """).service(InitializerProvider.class, "test.HalfRandn").buildDirectory("half-randn");
  }

  static Path realMnist() {
    String directory = System.getenv("NNLAB_TEST_MNIST");
    assumeTrue(directory != null && !directory.isBlank(),
        "NNLAB_TEST_MNIST is not set: point it at a directory holding the four MNIST IDX files");
    assumeTrue(Files.isDirectory(Path.of(directory)), "NNLAB_TEST_MNIST=" + directory + " is not a directory");
    return Path.of(directory);
  }

  /** {@code nnlab sweep} with the given extra options; returns its exit code. */
  static int sweep(Path grid, Path out, String... extra) {
    return sweepWith(List.of(), grid, out, extra);
  }

  /** {@code nnlab [global options] sweep ...}, e.g. with {@code --plugins DIR}; returns its exit code. */
  static int sweepWith(List<String> global, Path grid, Path out, String... extra) {
    List<String> arguments = new ArrayList<>(global);
    arguments.addAll(List.of("sweep", "--grid", grid.toString(), "--out", out.toString(),
        "--data", realMnist().toString(), "--probe-size", "100"));
    arguments.addAll(List.of(extra));
    return Main.run(arguments.toArray(String[]::new));
  }

  /** Every recorded run by file name, its wall time (the one number allowed to differ) removed. */
  static Map<String, JsonNode> runs(Path out) throws IOException {
    Map<String, JsonNode> runs = new TreeMap<>();
    try (Stream<Path> files = Files.list(out.resolve("runs"))) {
      for (Path file : files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
        JsonNode run = new ObjectMapper().readTree(file.toFile());
        if (run.has("result")) {
          ((ObjectNode) run.get("result")).remove("seconds");
        }
        runs.put(file.getFileName().toString(), run);
      }
    }
    return runs;
  }
}
