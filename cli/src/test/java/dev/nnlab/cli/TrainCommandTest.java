package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nnlab.core.layer.Network;
import dev.nnlab.core.layer.ParameterInitializers;
import dev.nnlab.core.plugin.PluginCatalog;
import dev.nnlab.network.data.DataFile;
import dev.nnlab.network.data.DataSetDefinition;
import dev.nnlab.network.io.NetworkFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainCommandTest {

  private static final Pattern EPOCH_LINE = Pattern.compile("Epoch (\\d+): (\\d+) / 10000");

  @TempDir Path temp;

  /**
   * Runs train with {@code args} plus --json and --save into an empty output directory, and --data
   * pointing to an empty directory: a bad value must be reported before the data is even looked at.
   */
  private CommandResult trainWithOutputs(String... args) throws IOException {
    Path emptyData = Files.createDirectories(temp.resolve("no-data"));
    Path out = Files.createDirectories(temp.resolve("out"));
    List<String> all = new java.util.ArrayList<>(List.of("train", "--data", emptyData.toString(),
        "--json", out.resolve("run.json").toString(), "--save", out.resolve("net.bin").toString()));
    all.addAll(List.of(args));
    return CommandResult.run(all.toArray(String[]::new));
  }

  private void assertOneLineErrorAndNothingWritten(CommandResult result, String expectedStart) throws IOException {
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines().toList()).hasSize(1);
    assertThat(result.err()).startsWith("nnlab: " + expectedStart).doesNotContain("Exception");
    assertThat(result.out()).isEmpty();
    try (Stream<Path> written = Files.list(temp.resolve("out"))) {
      assertThat(written).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
    "--sizes | 100,30,10 | --sizes 100,30,10: the first size must be 784",
    "--sizes | 784,30,2 | --sizes 784,30,2: the last size must be 10",
    "--init | nope | --init nope: unknown initializer 'nope'",
    "--bias-init | normal(sd=1) | --bias-init normal(sd=1): unknown parameter 'sd'",
    "--activation | sigmoidal | --activation sigmoidal: unknown activation",
    "--output-activation | x( | --output-activation x(: malformed spec",
    "--cost | l1 | --cost l1: unknown cost 'l1'",
    "--optimizer | sgd(eta=-1) | --optimizer sgd(eta=-1): bad value for parameter 'eta'",
    "--eta | 0 | --eta 0.0: expected a positive number",
    "--lambda | -1 | --lambda -1.0: expected a number >= 0",
    "--mini-batch | -10 | --mini-batch -10: expected a whole number >= 1",
    "--epochs | 0 | --epochs 0: expected a whole number from 1 to 10000",
    "--preset | network1 | --preset network1: unknown preset",
    "--dataset | cifar | --dataset cifar: unknown data set; expected one of mnist, fashion-mnist",
    "--train-size | 0 | --train-size 0: expected a positive number of images",
    "--epochs | many | Invalid value for option '--epochs': 'many' is not an int",
    "--seed | 1.5 | Invalid value for option '--seed': '1.5' is not a long",
    "--eta | fast | Invalid value for option '--eta': 'fast' is not a double",
  })
  void aBadValueIsOneLineExitCode2AndNothingIsWritten(String option, String value, String expected)
      throws IOException {
    assertOneLineErrorAndNothingWritten(trainWithOutputs(option, value), expected);
  }

  @Test
  void anOutputThatIsADirectoryIsRefusedBeforeTraining() throws IOException {
    CommandResult result = CommandResult.run("train", "--data", temp.toString(), "--json", temp.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip()).isEqualTo("nnlab: --json " + temp + ": is a directory; expected a file name");
  }

  @Test
  void anEmptyDataDirectoryIsOneClearLine() throws IOException {
    CommandResult result = trainWithOutputs();

    assertThat(result.exitCode()).isIn(1, 2);
    assertThat(result.err().lines().toList()).hasSize(1);
    assertThat(result.err()).contains("train-images-idx3-ubyte");
  }

  @Test
  void helpListsEveryOptionOfTheIssue() {
    CommandResult result = CommandResult.run("train", "--help");

    assertThat(result.exitCode()).isZero();
    for (String option : List.of("--sizes", "--init", "--bias-init", "--activation", "--output-activation",
        "--cost", "--optimizer", "--eta", "--lambda", "--mini-batch", "--epochs", "--seed", "--train-size",
        "--dataset", "--data", "--json", "--save", "--plugins", "--preset")) {
      assertThat(result.out()).contains(option);
    }
  }

  private static Path realMnist() {
    String directory = System.getenv("NNLAB_TEST_MNIST");
    assumeTrue(directory != null && !directory.isBlank(),
        "NNLAB_TEST_MNIST is not set: point it at a directory holding the four MNIST IDX files"
            + " to run the real training test");
    return Path.of(directory);
  }

  /**
   * One epoch on the first 5,000 MNIST images with Xavier-normal weights. Measured here: 8779 /
   * 10000 at this seed, where randn weights reach 6277 with the same command; above 8000 is out of
   * reach for a broken trainer and for randn, with room for the seed's spread.
   */
  @Test
  void aShortRealRunLearnsAndItsManifestAndSavedNetworkMatchWhatItPrinted() throws IOException {
    Path mnist = realMnist();
    Path json = temp.resolve("run.json");
    Path saved = temp.resolve("net.nnlab");

    CommandResult result = CommandResult.run("train", "--data", mnist.toString(), "--train-size", "5000",
        "--epochs", "1", "--init", "xavier-normal", "--seed", "3", "--json", json.toString(),
        "--save", saved.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(1);
    Matcher epoch = EPOCH_LINE.matcher(lines.get(0));
    assertThat(epoch.matches()).as(lines.get(0)).isTrue();
    int correct = Integer.parseInt(epoch.group(2));
    assertThat(correct).isGreaterThan(8000);

    JsonNode manifest = new ObjectMapper().readTree(json.toFile());
    assertThat(manifest.at("/epochs/0/testCorrect").asInt()).isEqualTo(correct);
    assertThat(manifest.at("/epochs/0/testTotal").asInt()).isEqualTo(10000);
    assertThat(manifest.at("/training/trainSize").asInt()).isEqualTo(5000);
    assertThat(manifest.at("/network/weights/name").asText()).isEqualTo("xavier-normal");
    assertThat(manifest.at("/data/files")).hasSize(4);
    for (JsonNode file : manifest.at("/data/files")) {
      assertThat(DataSetDefinition.MNIST.sha256().values()).contains(file.get("sha256").asText());
    }

    Network network = NetworkFile.load(saved, PluginCatalog.standard());
    assertThat(network.sizes()).containsExactly(784, 30, 10);
    assertThat(network.layer(1).capability(ParameterInitializers.class).orElseThrow().weights().plugin().name()).isEqualTo("xavier-normal");
  }

  @Test
  void theNetwork2PresetReportsValidationToo() throws IOException {
    Path mnist = realMnist();
    Path json = temp.resolve("run2.json");

    CommandResult result = CommandResult.run("train", "--preset", "network2", "--data", mnist.toString(),
        "--train-size", "2000", "--epochs", "2", "--json", json.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines().toList())
        .hasSize(2)
        .allMatch(line -> line.matches("Epoch \\d: \\d+ / 10000  \\(validation \\d+ / 10000\\)"));
    JsonNode manifest = new ObjectMapper().readTree(json.toFile());
    assertThat(manifest.at("/epochs/1/validationTotal").asInt()).isEqualTo(10000);
    assertThat(manifest.at("/training/cost/spec").asText()).isEqualTo("cross-entropy");
    assertThat(manifest.at("/training/lambda").asDouble()).isEqualTo(5.0);
    assertThat(DataFile.values()).hasSize(manifest.at("/data/files").size());
  }

  @Test
  void aTrainSizeBeyondTheTrainingPartIsOneLine() throws IOException {
    Path mnist = realMnist();
    Path json = temp.resolve("never.json");

    CommandResult result = CommandResult.run("train", "--data", mnist.toString(), "--train-size", "50001",
        "--json", json.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("nnlab: --train-size 50001: ");
    assertThat(json).doesNotExist();
  }
}
