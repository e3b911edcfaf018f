package dev.nnlab.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nnlab.examples.cli.Main;
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

  private SweepRuns() {}

  static Path realMnist() {
    String directory = System.getenv("NNLAB_TEST_MNIST");
    assumeTrue(directory != null && !directory.isBlank(),
        "NNLAB_TEST_MNIST is not set: point it at a directory holding the four MNIST IDX files");
    assumeTrue(Files.isDirectory(Path.of(directory)), "NNLAB_TEST_MNIST=" + directory + " is not a directory");
    return Path.of(directory);
  }

  /** {@code nnlab sweep} with the given extra options; returns its exit code. */
  static int sweep(Path grid, Path out, String... extra) {
    List<String> arguments = new ArrayList<>(List.of("sweep", "--grid", grid.toString(), "--out", out.toString(),
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
