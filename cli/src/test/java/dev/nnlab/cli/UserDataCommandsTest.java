package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nnlab.cli.doctor.UserImages;
import dev.nnlab.cli.doctor.UserTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train, audit and compare on the user's own data: CSV tables and IDX files of any image size. */
class UserDataCommandsTest {

  @TempDir Path temp;

  private static void refusedInOneLine(CommandResult result, String message) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err().lines()).as(result.err()).hasSize(1).first().asString().startsWith("nnlab: ")
        .contains(message);
    assertThat(result.out()).isEmpty();
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void trainLearnsACsvAndItsManifestNamesTheFileAndItsHash() throws Exception {
    Path iris = UserTables.iris(temp);
    Path json = temp.resolve("run.json");

    CommandResult result = CommandResult.run("train", "--dataset", "csv:" + iris, "--label-column", "species",
        "--standardize", "--sizes", "4,10,3", "--epochs", "20", "--eta", "1", "--json", json.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(result.err()).contains("on iris.csv: 120 training rows, 30 test rows").contains("standardized")
        .doesNotContain("unscaled-inputs");
    assertThat(result.out().lines()).hasSize(20).allMatch(line -> line.matches("Epoch \\d+: \\d+ / 30"));
    int last = Integer.parseInt(result.out().lines().reduce((a, b) -> b).orElseThrow().replaceAll(".*: (\\d+) / 30", "$1"));
    assertThat(last).as("iris is nearly separable").isGreaterThanOrEqualTo(25);
    JsonNode data = new ObjectMapper().readTree(json.toFile()).get("data");
    assertThat(data.get("dataset").asText()).isEqualTo("iris.csv");
    assertThat(data.get("origin").asText()).isEqualTo("csv file");
    assertThat(data.get("train").asInt()).isEqualTo(120);
    assertThat(data.get("test").asInt()).isEqualTo(30);
    assertThat(data.get("classes").asInt()).isEqualTo(3);
    assertThat(data.get("files").get(0).get("sha256").asText()).isEqualTo(sha256(iris));
  }

  @Test
  void trainTellsUnscaledInputsLiveAndNeverRescalesUnasked() throws IOException {
    Path iris = UserTables.iris(temp);

    CommandResult watched = CommandResult.run("train", "--dataset", "csv:" + iris, "--label-column", "species",
        "--epochs", "1");
    CommandResult quiet = CommandResult.run("train", "--dataset", "csv:" + iris, "--label-column", "species",
        "--epochs", "1", "--no-doctor");

    assertThat(watched.exitCode()).as(watched.err()).isEqualTo(0);
    assertThat(watched.err()).containsOnlyOnce("doctor: warning unscaled-inputs (before training): input feature 0"
        + " has mean 5.8");
    assertThat(watched.out()).isEqualTo(quiet.out());
    assertThat(quiet.err()).doesNotContain("doctor:");
  }

  @Test
  void aRegressionPrintsItsTestCostAndRecordsTheBestEpochByCost() throws IOException {
    Path linear = UserTables.linear(temp);
    Path json = temp.resolve("run.json");

    CommandResult result = CommandResult.run("train", "--dataset", "csv:" + linear, "--label-column", "y",
        "--task", "regression", "--output-activation", "identity", "--eta", "0.1", "--epochs", "3",
        "--json", json.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(result.out().lines()).hasSize(3).allMatch(line -> line.matches("Epoch \\d: test cost \\S+ \\(\\d+ rows\\)"));
    assertThat(result.err()).contains("Best: test cost");
    JsonNode manifest = new ObjectMapper().readTree(json.toFile());
    assertThat(manifest.get("data").get("task").asText()).isEqualTo("regression");
    assertThat(manifest.get("best").get("testCost").asDouble()).isPositive();
  }

  @Test
  void trainTakesIdxFilesOfAnyImageSizeAndHashesThem() throws Exception {
    Path idx = UserImages.write(temp.resolve("idx"), 300, 50);
    Path json = temp.resolve("run.json");

    CommandResult result = CommandResult.run("train", "--dataset", "idx:" + idx, "--epochs", "3",
        "--json", json.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(result.err()).contains("300 training images, 50 test images of 8×8").contains("[64, 30, 10]");
    assertThat(result.out().lines()).hasSize(3).allMatch(line -> line.matches("Epoch \\d: \\d+ / 50"));
    JsonNode files = new ObjectMapper().readTree(json.toFile()).get("data").get("files");
    assertThat(files).hasSize(4);
    assertThat(files.get(0).get("sha256").asText()).isEqualTo(sha256(idx.resolve("train-images-idx3-ubyte")));
  }

  @Test
  void malformedUserDataIsRefusedInOneLine() throws IOException {
    Path width = temp.resolve("width.csv");
    Files.writeString(width, "a,b,y\n1,2,x\n3,4\n");
    Path text = temp.resolve("text.csv");
    Files.writeString(text, "a,b,y\n1,2,x\n3,four,y\n");
    Path labels = UserImages.write(temp.resolve("labels"), 20, 10);
    UserImages.setLabel(labels, "train", 7, 12);
    Path counts = UserImages.write(temp.resolve("counts"), 20, 10);
    UserImages.writePart(counts, "t10k", 10, new SplittableRandom(1), 9);

    refusedInOneLine(CommandResult.run("train", "--dataset", "csv:" + width, "--label-column", "y"),
        "line 3 has 2 cells; expected 3, one per header column");
    refusedInOneLine(CommandResult.run("audit", "--dataset", "csv:" + text, "--label-column", "y"),
        "line 3, column b: 'four' is not a finite number");
    refusedInOneLine(CommandResult.run("train", "--dataset", "idx:" + labels), "label 12 at index 7 is outside 0–9");
    refusedInOneLine(CommandResult.run("compare", "--dataset", "idx:" + counts, "--init", "randn,xavier-normal",
        "--out", temp.resolve("c").toString()), "holds 10 images but");
    refusedInOneLine(CommandResult.run("train", "--label-column", "y"),
        "--label-column, --task and --test apply to --dataset csv:PATH only");
    refusedInOneLine(CommandResult.run("audit", "--standardize"), "--standardize applies to --dataset csv:PATH only");
  }

  @Test
  void auditReadsACsvAndNamesUnscaledFeatures() throws IOException {
    Path iris = UserTables.iris(temp);

    CommandResult raw = CommandResult.run("audit", "--dataset", "csv:" + iris, "--label-column", "species",
        "--sizes", "4,10,3");
    CommandResult scaled = CommandResult.run("audit", "--dataset", "csv:" + iris, "--label-column", "species",
        "--sizes", "4,10,3", "--standardize");

    assertThat(raw.exitCode()).as(raw.err()).isEqualTo(0);
    assertThat(raw.out()).contains("on the first 120 iris.csv training rows, before training")
        .contains("Inputs (warning, the doctor's unscaled-inputs): input feature 0 has mean 5.8")
        .contains("--standardize");
    assertThat(scaled.exitCode()).as(scaled.err()).isEqualTo(0);
    assertThat(scaled.out()).contains("iris.csv").doesNotContain("unscaled-inputs");
  }

  @Test
  void compareRunsOnACsvAndRefusesWhatItCannotDo() throws IOException {
    Path iris = UserTables.iris(temp);
    Path linear = UserTables.linear(temp);
    Path out = temp.resolve("report");

    CommandResult result = CommandResult.run("compare", "--dataset", "csv:" + iris, "--label-column", "species",
        "--standardize", "--sizes", "4,10,3", "--init", "randn,xavier-normal", "--epochs", "3", "--seeds", "1",
        "--out", out.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(result.err()).contains("= 2 runs on 120 iris.csv training rows");
    assertThat(Files.readString(out.resolve("index.html"))).contains("iris.csv");
    refusedInOneLine(CommandResult.run("compare", "--dataset", "csv:" + linear, "--label-column", "y", "--task",
        "regression", "--init", "randn,xavier-normal", "--out", temp.resolve("r").toString()),
        "compare ranks configurations by their accuracy");
    refusedInOneLine(CommandResult.run("compare", "--dataset", "csv:" + iris, "--label-column", "species",
        "--spark", "local[2]", "--init", "randn,xavier-normal", "--out", temp.resolve("s").toString()),
        "Spark's executors read only the known data sets");
  }

  /**
   * A grid on the user's own table: each run is compare's run of the same configuration and seed
   * on the same rows (the split drawn from the seed), and the report names the file.
   */
  @Test
  void aSweepTakesTheUsersOwnTableAsCompareDoes() throws IOException {
    Path iris = UserTables.iris(temp);
    Path grid = Files.writeString(temp.resolve("grid.json"), "{\"fixed\": {\"--dataset\": \"csv:" + iris
        + "\", \"--label-column\": \"species\", \"--standardize\": true, \"--sizes\": \"4,10,3\", \"--epochs\": 5,"
        + " \"--eta\": 1}, \"grid\": {\"--init\": [\"randn\", \"xavier-normal\"]}, \"seeds\": [1, 2]}");
    Path swept = temp.resolve("swept");

    CommandResult sweep = CommandResult.run("sweep", "--grid", grid.toString(), "--out", swept.toString(),
        "--probe-size", "50");

    assertThat(sweep.exitCode()).as(sweep.err()).isZero();
    assertThat(sweep.err()).contains("= 4 runs; 4 to run");
    JsonNode sweepResults = new ObjectMapper().readTree(swept.resolve("results.json").toFile());
    assertThat(sweepResults.get("dataSet").asText()).isEqualTo("iris.csv");
    assertThat(sweepResults.get("testSize").asInt()).isEqualTo(30);
    // as train does, a run draws its split from its own seed: compare one seed at a time
    for (int s = 0; s < 2; s++) {
      Path compared = temp.resolve("compared-" + s);
      CommandResult compare = CommandResult.run("compare", "--dataset", "csv:" + iris, "--label-column", "species",
          "--standardize", "--sizes", "4,10,3", "--epochs", "5", "--eta", "1", "--init", "randn,xavier-normal",
          "--seeds", "1", "--seed", String.valueOf(s + 1), "--probe-size", "50", "--out", compared.toString());
      assertThat(compare.exitCode()).as(compare.err()).isZero();
      JsonNode compareResults = new ObjectMapper().readTree(compared.resolve("results.json").toFile());
      for (int c = 0; c < 2; c++) {
        JsonNode mine = sweepResults.at("/configurations/" + c + "/runs/" + s);
        JsonNode theirs = compareResults.at("/configurations/" + c + "/runs/0");
        assertThat(mine.get("seed").asLong()).isEqualTo(s + 1);
        assertThat(mine.get("seed")).isEqualTo(theirs.get("seed"));
        assertThat(mine.get("testAccuracy")).isEqualTo(theirs.get("testAccuracy"));
        assertThat(mine.get("trainingCost")).isEqualTo(theirs.get("trainingCost"));
      }
    }
    assertThat(sweepResults.at("/configurations/0/runs/0/testAccuracy"))
        .as("the seeds draw different splits and weights").isNotEqualTo(sweepResults.at("/configurations/0/runs/1/testAccuracy"));
  }

  @Test
  void aSweepOfTheUsersOwnDataRefusesSparkAndCsvOptionsOnAKnownDataSet() throws IOException {
    Path iris = UserTables.iris(temp);
    Path onSpark = Files.writeString(temp.resolve("spark.json"), "{\"fixed\": {\"--dataset\": \"csv:" + iris
        + "\", \"--label-column\": \"species\", \"--sizes\": \"4,10,3\"}}");
    Path onMnist = Files.writeString(temp.resolve("mnist.json"), "{\"fixed\": {\"--label-column\": \"species\"}}");

    CommandResult spark = CommandResult.run("sweep", "--grid", onSpark.toString(), "--out",
        temp.resolve("a").toString(), "--spark", "local[2]");
    CommandResult mnist = CommandResult.run("sweep", "--grid", onMnist.toString(), "--out",
        temp.resolve("b").toString());

    assertThat(spark.exitCode()).isEqualTo(2);
    assertThat(spark.err().lines()).hasSize(1).first().asString().contains("--spark with --dataset iris.csv:"
        + " Spark's executors read only the known data sets");
    assertThat(mnist.exitCode()).isEqualTo(2);
    assertThat(mnist.err().lines()).hasSize(1).first().asString()
        .contains("--label-column, --task and --test apply to --dataset csv:PATH only; got --dataset mnist");
    assertThat(temp.resolve("a")).doesNotExist();
    assertThat(temp.resolve("b")).doesNotExist();
  }
}
