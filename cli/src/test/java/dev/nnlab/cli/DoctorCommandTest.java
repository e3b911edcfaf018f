package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.cli.doctor.UserTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {

  @TempDir Path temp;

  private CommandResult doctor(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "doctor";
    System.arraycopy(args, 0, all, 1, args.length);
    return CommandResult.run(all);
  }

  private void refusedInOneLine(CommandResult result, String message) {
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).as(result.err()).hasSize(1).first().asString().startsWith("nnlab: ")
        .contains(message);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void badUserDataIsOneLineNamingTheLineAndColumn() throws IOException {
    Path bad = temp.resolve("bad.csv");
    Files.writeString(bad, "a,b,y\n1,2,x\n3,oops,y\n");

    refusedInOneLine(doctor("--dataset", "csv:" + bad, "--label-column", "y"),
        "line 3, column b: 'oops' is not a finite number");
    refusedInOneLine(doctor("--dataset", "csv:" + bad), "needs --label-column NAME|INDEX");
    refusedInOneLine(doctor("--dataset", "csv:" + bad, "--label-column", "z"), "no column 'z'; expected one of [a, b, y]");
    refusedInOneLine(doctor("--dataset", "csv:" + temp.resolve("none.csv"), "--label-column", "y"), "no such file");
    refusedInOneLine(doctor("--dataset", "idx:" + temp, "--epochs", "1"), "train-images-idx3-ubyte[.gz] is missing");
  }

  @Test
  void theTaskAndTheTestFileAreChecked() throws IOException {
    Path iris = UserTables.iris(temp);
    Path other = temp.resolve("other.csv");
    Files.writeString(other, "sepal_length,sepal_width,petal_length,petal_width,species\n5,3,1,0.2,rosa\n");

    refusedInOneLine(doctor("--dataset", "csv:" + iris, "--label-column", "species", "--task", "clustering"),
        "--task clustering: expected classification or regression");
    refusedInOneLine(doctor("--dataset", "csv:" + iris, "--label-column", "species", "--test", "csv:" + other),
        "class 'rosa' is not in the training file");
    refusedInOneLine(doctor("--dataset", "csv:" + iris, "--label-column", "species", "--sizes", "784,30,10"),
        "--sizes 784,30,10: the first size must be 4, the features of a iris.csv row");
  }

  @Test
  void irisTrainsAndIsDiagnosedWithAReport() throws IOException {
    Path iris = UserTables.iris(temp);
    Path out = temp.resolve("report");
    Path json = temp.resolve("d.json");

    CommandResult result = doctor("--dataset", "csv:" + iris, "--label-column", "species", "--epochs", "30",
        "--json", json.toString(), "--out", out.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(result.err()).contains("iris.csv: 120 training rows, 30 test rows (20 % held out, stratified),"
        + " 4 features, 3 classes [setosa, versicolor, virginica]");
    assertThat(result.out()).contains("primary: unscaled-inputs")
        .contains("unscaled-inputs (before training): input feature 0 has mean 5.8");
    String json1 = Files.readString(json);
    assertThat(json1).contains("\"findings\"").contains("\"rule\" : \"unscaled-inputs\"")
        .contains("\"primary\" : \"unscaled-inputs\"").contains("\"overfitOneBatch\"");
    String page = Files.readString(out.resolve("index.html"));
    assertThat(page).contains("<code>unscaled-inputs</code>").doesNotContain("<script").doesNotContain("http");
    for (String png : new String[] {"cost", "accuracy", "blocked", "gradient", "update", "distance", "activation"}) {
      assertThat(page).contains("<img src=\"" + png + ".png\"");
      assertThat(Files.size(out.resolve(png + ".png"))).isGreaterThan(1000);
    }
  }

  @Test
  void aRegressionTrainsOnItsOwnTargets() throws IOException {
    Path linear = UserTables.linear(temp);

    CommandResult result = doctor("--dataset", "csv:" + linear, "--label-column", "y", "--task", "regression",
        "--output-activation", "identity", "--eta", "0.1", "--epochs", "5");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(result.err()).contains("[3, 30, 1]").contains("regression");
    assertThat(result.out()).contains("primary: ");
  }

  @Test
  void theSameRulesSpeakUpDuringTrainOnStderrOnly() {
    Path mnist = AuditCommandTest.realMnist();

    CommandResult watched = CommandResult.run("train", "--data", mnist.toString(), "--train-size", "1000",
        "--epochs", "1", "--init", "rand", "--bias-init", "rand");
    CommandResult quiet = CommandResult.run("train", "--data", mnist.toString(), "--train-size", "1000",
        "--epochs", "1", "--init", "rand", "--bias-init", "rand", "--no-doctor");

    assertThat(watched.exitCode()).isEqualTo(0);
    assertThat(watched.err()).containsOnlyOnce("doctor: problem saturation (epoch 0, mini-batch 0, layer 1)");
    assertThat(watched.out()).isEqualTo(quiet.out()).startsWith("Epoch 0: ").doesNotContain("doctor");
    assertThat(quiet.err()).doesNotContain("doctor:");
  }
}
