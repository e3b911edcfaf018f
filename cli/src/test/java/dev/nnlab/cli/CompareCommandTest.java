package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompareCommandTest {

  @TempDir Path temp;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--init | rand,bogus | --init bogus:",
    "--init | rand,,randn | --init rand,,randn: an empty value in the list",
    "--init | rand,rand | --init rand,rand: a value is listed twice",
    "--cost | quadratic,hinge | --cost hinge:",
    "--seeds | 0 | --seeds 0: expected a whole number from 1 to 50",
    "--threads | 0 | --threads 0: expected a whole number from 1 to 64",
    "--epochs | 0 | --epochs 0:"
  })
  void aBadOptionIsOneLineExitCode2AndNothingWritten(String option, String value, String message) {
    Path out = temp.resolve("report");

    CommandResult result = option.equals("--init")
        ? CommandResult.run("compare", option, value, "--out", out.toString())
        : CommandResult.run("compare", "--init", "rand,randn", option, value, "--out", out.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1).first().asString().startsWith("nnlab: " + message);
    assertThat(out).doesNotExist();
  }

  @Test
  void anOutputThatIsAFileIsRefused() throws Exception {
    Path file = Files.writeString(temp.resolve("taken"), "x");

    CommandResult result = CommandResult.run("compare", "--init", "rand,randn", "--out", file.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("nnlab: --out " + file + ": exists and is not a directory" + System.lineSeparator());
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void tooManyRunsAreRefusedBeforeAnyTraining() {
    CommandResult result = CommandResult.run("compare", "--init", "rand,randn,xavier-normal",
        "--activation", "sigmoid,tanh,relu", "--cost", "quadratic,cross-entropy", "--seeds", "20",
        "--out", temp.resolve("r").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("nnlab: --seeds 20: 18 configurations × 20 seeds = 360 runs; at most 200");
  }

  @Test
  void writesTheReportOnRealMnist() throws Exception {
    Path mnist = AuditCommandTest.realMnist();
    Path out = temp.resolve("report");

    CommandResult result = CommandResult.run("compare", "--data", mnist.toString(), "--init", "rand,xavier-normal",
        "--epochs", "1", "--seeds", "1", "--train-size", "2000", "--out", out.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(out.resolve("index.html")).exists();
    assertThat(out.resolve("results.json")).exists();
    assertThat(out.resolve("accuracy.png")).exists();
    assertThat(Files.readString(out.resolve("index.html"))).contains("init=rand", "init=xavier-normal");
  }

  @Test
  void comparesHeAgainstXavierOnAConvNetEndToEnd() throws Exception {
    Path mnist = AuditCommandTest.realMnist();
    Path out = temp.resolve("conv");

    CommandResult result = CommandResult.run("compare", "--data", mnist.toString(),
        "--layers", "conv(filters=8, kernel=5), max-pool(size=2), dense(units=30), dense(units=10, activation=softmax)",
        "--init", "he-normal,xavier-normal", "--activation", "relu", "--cost", "log-likelihood", "--eta", "0.1",
        "--epochs", "1", "--seeds", "1", "--train-size", "1000", "--probe-size", "100", "--out", out.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    String html = Files.readString(out.resolve("index.html"));
    assertThat(html).contains("init=he-normal", "init=xavier-normal", "<h3>Per channel</h3>", "1→8 5×5");
    assertThat(out.resolve("config-1-channels-layer1.png")).exists();
    assertThat(out.resolve("config-2-channels-layer1.png")).exists();
    String json = Files.readString(out.resolve("results.json"));
    assertThat(json).contains("\"channels\"").contains("conv(filters=8");
  }
}
