package dev.nnlab.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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

  static Path realMnist() {
    String directory = System.getenv("NNLAB_TEST_MNIST");
    assumeTrue(directory != null && !directory.isBlank(),
        "NNLAB_TEST_MNIST is not set: point it at a directory holding the four MNIST IDX files");
    Path path = Path.of(directory);
    assumeTrue(Files.isDirectory(path), "NNLAB_TEST_MNIST=" + directory + " is not a directory");
    return path;
  }
}
