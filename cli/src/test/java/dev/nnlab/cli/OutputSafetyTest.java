package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nnlab.cli.io.OutputLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Outputs that clash, are busy, or end a run: refused before work, or committed network first. */
class OutputSafetyTest {

  @TempDir Path temp;

  private static Path realMnist() {
    String directory = System.getenv("NNLAB_TEST_MNIST");
    assumeTrue(directory != null && !directory.isBlank(), "NNLAB_TEST_MNIST is not set");
    return Path.of(directory);
  }

  private static void assertOneLine(CommandResult result, int exitCode, String start) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
    assertThat(result.err().lines().toList()).as(result.err()).hasSize(1);
    assertThat(result.err()).startsWith("nnlab: " + start).doesNotContain("\tat ");
  }

  @Test
  void jsonAndSaveOnTheSameFileAreRefusedBeforeWork() throws IOException {
    Path data = Files.createDirectories(temp.resolve("empty"));
    Path same = temp.resolve("out.bin");
    CommandResult result = CommandResult.run("train", "--data", data.toString(), "--json", same.toString(),
        "--save", temp.resolve(".").resolve("out.bin").toString());

    assertOneLine(result, 2, "--json and --save are the same file");
    assertThat(same).doesNotExist();
  }

  @Test
  void anOutputThatIsADataFileOfTheRunIsRefusedAndTheDataKept() throws IOException {
    Path data = Files.createDirectories(temp.resolve("data"));
    Path labels = Files.writeString(data.resolve("t10k-labels-idx1-ubyte"), "the data set");
    CommandResult result = CommandResult.run("train", "--data", data.toString(), "--json", labels.toString());

    assertOneLine(result, 2, "--json " + labels + ": is an input of this run");
    assertThat(Files.readString(labels)).isEqualTo("the data set");
  }

  @Test
  void aSymlinkOutputIsRefusedAndTheLinkKept() throws IOException {
    Path target = Files.writeString(temp.resolve("elsewhere.json"), "keep");
    Path link = Files.createSymbolicLink(temp.resolve("run.json"), target);
    CommandResult result = CommandResult.run("train", "--data", temp.toString(), "--json", link.toString());

    assertOneLine(result, 2, "--json " + link + ": is a symbolic link");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("keep");
  }

  @Test
  void aDeviceOutputIsRefused() {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device), "no /dev/null here");
    CommandResult result = CommandResult.run("train", "--data", temp.toString(), "--save", device.toString());

    assertOneLine(result, 2, "--save /dev/null: is a device or special file");
  }

  @Test
  void aTrainSizeBeyondThePinnedTrainingPartIsRefusedBeforeTheDataIsRead() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    CommandResult result = CommandResult.run("train", "--data", empty.toString(), "--train-size", "60000");

    assertOneLine(result, 2, "--train-size 60000: train size 60000 is out of range; expected 1 to 50000");
  }

  @Test
  void aSecondWriterOfTheSameOutputIsRefusedAtOnce() throws IOException {
    Path json = temp.resolve("run.json");
    try (OutputLock first = OutputLock.acquire(List.of(new OutputLock.Target("--json", json)))) {
      CommandResult result = CommandResult.run("train", "--data", temp.toString(), "--json", json.toString());

      assertOneLine(result, 2, "--json " + json + ": another nnlab run is writing it");
    }
    assertThat(json).doesNotExist();
  }

  @Test
  void aFinishedRunWritesItsNetworkAndAManifestThatSaysFinished() throws IOException {
    Path json = temp.resolve("run.json");
    Path saved = temp.resolve("net.nnlab");
    CommandResult result = CommandResult.run("train", "--data", realMnist().toString(), "--train-size", "200",
        "--epochs", "1", "--json", json.toString(), "--save", saved.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode manifest = new ObjectMapper().readTree(json.toFile());
    assertThat(manifest.get("status").asText()).isEqualTo("finished");
    assertThat(saved).isRegularFile();
    assertThat(Files.getLastModifiedTime(saved).toMillis())
        .as("network first, manifest last").isLessThanOrEqualTo(Files.getLastModifiedTime(json).toMillis());
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files).containsExactlyInAnyOrder(json, saved);
    }
  }

  @Test
  void aDivergedRunSaysSoInItsStatusAndSavesNoNetwork() throws IOException {
    Path json = temp.resolve("run.json");
    Path saved = temp.resolve("net.nnlab");
    CommandResult result = CommandResult.run("train", "--data", realMnist().toString(), "--train-size", "200",
        "--epochs", "2", "--cost", "quadratic", "--output-activation", "identity", "--eta", "1e30",
        "--json", json.toString(), "--save", saved.toString());

    assertThat(result.exitCode()).as(result.err()).isNotZero();
    JsonNode manifest = new ObjectMapper().readTree(json.toFile());
    assertThat(manifest.get("status").asText()).isEqualTo("diverged");
    assertThat(saved).doesNotExist();
  }

  @Test
  void crossEntropyOnAnUnboundedOutputIsRefusedBeforeWorkNotBlamedOnTheLearningRate() {
    Path json = temp.resolve("run.json");
    CommandResult result = CommandResult.run("train", "--data", temp.resolve("no-data").toString(), "--cost",
        "cross-entropy", "--output-activation", "identity", "--json", json.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("nnlab: --cost cross-entropy: the cross-entropy cost is defined for outputs in"
        + " [0.0, 1.0], but the output activation identity gives values in [-Infinity, Infinity], where the cost is"
        + " NaN (training could only stop as diverged); use an output activation within [0.0, 1.0], such as sigmoid"
        + " or softmax, or another cost such as quadratic" + System.lineSeparator());
    assertThat(json).doesNotExist();
  }

  /**
   * The check runs before the data is loaded: the --data directory does not exist, so a command
   * that loaded first would fail on that instead.
   */
  @ParameterizedTest
  @ValueSource(strings = {"train", "doctor", "compare", "sweep"})
  void initialWeightsBeyondFloat32AreNamedBeforeAnyDataIsLoadedNotBlamedOnTheLearningRate(String command)
      throws IOException {
    Path json = temp.resolve("run.json");
    Path out = temp.resolve("out");
    String noData = temp.resolve("no-data").toString();
    List<String> args = new ArrayList<>(List.of(command, "--data", noData));
    switch (command) {
      case "train", "doctor" -> args.addAll(List.of("--epochs", "1", "--init", "constant(value=1e39)", "--json",
          json.toString()));
      case "compare" -> args.addAll(List.of("--init", "randn,constant(value=1e39)", "--out", out.toString()));
      default -> {
        Path grid = temp.resolve("grid.json");
        Files.writeString(grid, "{\"grid\": {\"--init\": [\"randn\", \"constant(value=1e39)\"]}}");
        args.addAll(List.of("--grid", grid.toString(), "--out", out.toString()));
      }
    }
    CommandResult result = CommandResult.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err()).startsWith(command.equals("sweep") ? "nnlab: --grid " + temp.resolve("grid.json")
        + ": configuration init=constant(value=1e39): layer1.weights" : "nnlab: layer1.weights");
    assertThat(result.err()).contains("initialised by --init constant(value=1e39) holds 1.0E39, beyond float32's"
        + " largest value 3.4028235E38");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).doesNotContain("learning rate", "\tat ");
    assertThat(json).doesNotExist();
    assertThat(out).doesNotExist();
  }
}
