package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditCommandTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--init | bogus-init | --init bogus-init:",
    "--activation | nope | --activation nope:",
    "--sizes | 784,0,10 | --sizes 784,0,10:",
    "--probe-size | 0 | --probe-size 0: expected a whole number from 1 to 60000",
    "--dataset | cifar | --dataset cifar: unknown data set"
  })
  void aBadOptionIsOneLineAndExitCode2(String option, String value, String message) {
    CommandResult result = CommandResult.run("audit", option, value);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1).first().asString().startsWith("nnlab: " + message);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void explainsWhyRandCannotLearnOnRealMnist() {
    Path mnist = realMnist();

    CommandResult result = CommandResult.run("audit", "--data", mnist.toString(), "--init", "rand", "--bias-init", "rand");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out())
        .contains("layer  fan")
        .contains("784→30")
        .contains("Verdict:")
        .containsPattern("PROBLEM  hidden layer 1: 100 % of sigmoid units saturated \\(mean z = 5[0-3]\\.\\d")
        .contains("Try xavier-normal or nielsen-default.")
        .contains("output collapsed: 100 % of inputs get the same class");
  }

  @Test
  void callsXavierHealthyOnRealMnist() {
    Path mnist = realMnist();

    CommandResult result = CommandResult.run("audit", "--data", mnist.toString(), "--init", "xavier-normal");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).contains("ok       healthy: ").doesNotContain("PROBLEM");
  }

  @Test
  void auditsNetwork3Conv2ChannelByChannelInTheTableAndTheJson(@TempDir Path temp) throws Exception {
    Path mnist = realMnist();
    Path json = temp.resolve("audit.json");

    CommandResult result = CommandResult.run("audit", "--data", mnist.toString(), "--preset", "network3-conv2",
        "--probe-size", "100", "--json", json.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(result.out())
        .containsPattern("(?m)^1 +1→20 5×5 +sigmoid")
        .containsPattern("(?m)^3 +20→40 5×5 +sigmoid")
        .contains("Layer 1 per channel (20 channels, sigmoid)", "Layer 3 per channel (40 channels, sigmoid)");
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.get("probeSize").asInt()).isEqualTo(100);
    JsonNode layers = root.get("layers");
    assertThat(layers).extracting(l -> l.get("layer").asInt()).containsExactly(1, 3, 5, 6);
    assertThat(layers.get(0).get("channels")).hasSize(20);
    assertThat(layers.get(1).get("channels")).hasSize(40);
    assertThat(layers.get(2).has("channels")).isFalse();
    JsonNode channel = layers.get(0).get("channels").get(0);
    assertThat(channel.get("channel").asInt()).isEqualTo(1);
    assertThat(channel.get("saturated").asDouble()).isBetween(0.0, 1.0);
    // the layer's share is the mean of its channels' shares (each has the same number of pairs)
    double sum = 0;
    for (JsonNode c : layers.get(0).get("channels")) {
      sum += c.get("saturated").asDouble();
    }
    assertThat(layers.get(0).get("saturated").asDouble()).isCloseTo(sum / 20, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(root.get("findings").get(0).get("message").asText()).isNotBlank();
  }

  static Path realMnist() {
    String directory = System.getenv("NNLAB_TEST_MNIST");
    assumeTrue(directory != null && !directory.isBlank(),
        "NNLAB_TEST_MNIST is not set: point it at a directory holding the four MNIST IDX files");
    Path path = Path.of(directory);
    assumeTrue(Files.isDirectory(path), "NNLAB_TEST_MNIST=" + directory + " is not a directory");
    return path;
  }
}
