package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The data command with --data only, so no test touches the user's cache or the network. */
class DataCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = new CommandLine(new NnlabCommand());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.setExecutionExceptionHandler(new FailureHandler());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void anUnknownDataSetIsAUserMistake() {
    assertThat(run("data", "--dataset", "cifar10")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("nnlab: unknown data set 'cifar10'; expected one of: mnist, fashion-mnist" + System.lineSeparator());
  }

  @Test
  void aMissingDirectoryIsAUserMistake() {
    assertThat(run("data", "--data", dir.resolve("nope").toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("nnlab: " + dir.resolve("nope") + ": no such directory").doesNotContain("\tat ");
  }

  @Test
  void aDirectoryWithTheWrongFilesIsRefusedWithBothHashes() throws Exception {
    for (String name : new String[] {"train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
      Files.write(dir.resolve(name), new byte[] {0, 0, 8, 1, 0, 0, 0, 1, 3});
    }
    assertThat(run("data", "--data", dir.toString())).isEqualTo(2);
    assertThat(err.toString())
        .contains(dir.resolve("train-images-idx3-ubyte") + ": wrong rank: the header declares 1 dimension(s), expected 3");
  }

  @Test
  void summarisesTheRealFilesWhenPresent() {
    String mnist = System.getenv("NNLAB_TEST_MNIST");
    assumeTrue(mnist != null && Files.isDirectory(Path.of(mnist)), "NNLAB_TEST_MNIST does not name a directory of the real MNIST files");

    assertThat(run("data", "--data", mnist, "--train-size", "1000")).isEqualTo(0);

    assertThat(out.toString())
        .contains("mnist: handwritten digits")
        .contains("from        the directory given (" + mnist + ")")
        .contains("train       1,000 images of 28×28")
        .contains("validation  10,000 images")
        .contains("test        10,000 images")
        .contains("train-images-idx3-ubyte  ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db  OK");
  }

  @Test
  void aTrainSizeBeyondTheTrainingPartIsAUserMistake() {
    String mnist = System.getenv("NNLAB_TEST_MNIST");
    assumeTrue(mnist != null && Files.isDirectory(Path.of(mnist)), "NNLAB_TEST_MNIST does not name a directory of the real MNIST files");

    assertThat(run("data", "--data", mnist, "--train-size", "50001")).isEqualTo(2);
    assertThat(err.toString()).contains("--train-size 50001: train size 50001 is out of range; expected 1 to 50000");
  }
}
