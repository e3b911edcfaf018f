package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnlab.cli.reproduce.Experiments;
import dev.nnlab.cli.reproduce.ResultsDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReproduceCommandTest {

  @TempDir Path temp;

  @Test
  void listsEveryExperimentWithItsPublishedFigures() {
    CommandResult result = CommandResult.run("reproduce", "--list");

    assertThat(result.exitCode()).isZero();
    Experiments.all().forEach(e -> assertThat(result.out()).contains(e.name() + " — " + e.description(), "published: " + e.source()));
  }

  @Test
  void theHelpListsTheDataOptionsButNotTheRefusedTrainSize() {
    CommandResult result = CommandResult.run("reproduce", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("--data=DIR", "--dataset=NAME", "--quick").doesNotContain("--train-size");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ch9 | nnlab: reproduce ch9: unknown experiment; available: ch1-network,",
    "ch1-network ch1-network | nnlab: reproduce ch1-network: named twice",
    "--all ch1-rand | nnlab: reproduce: give experiment names or --all, not both",
    "ch1-rand --seeds 0 | nnlab: --seeds 0: expected a whole number from 1 to 50",
    "ch1-rand --threads 0 | nnlab: --threads 0: expected a whole number from 1 to 64",
    "ch1-rand --train-size 100 | nnlab: --train-size 100: each experiment chooses its own training images",
    "ch1-rand ch3-init-30 --epochs 3 | nnlab: --epochs 3: only ch6-conv can be shortened; ch1-rand, ch3-init-30 train the source's epoch count",
    "ch6-conv --epochs 2 --quick | nnlab: --epochs 2: not with --quick",
    "ch6-conv --epochs 0 | nnlab: --epochs 0: expected a whole number of at least 1",
    "--markdown x.md | nnlab: --markdown x.md: needs at least one --from FILE",
    "--from x.json | nnlab: --from: only with --markdown FILE",
    " | nnlab: reproduce: name at least one experiment, or --all; available:"
  })
  void aBadRequestIsOneLineAndExitCode2(String arguments, String message) {
    String[] args = arguments == null ? new String[] {"reproduce"} : ("reproduce " + arguments).split(" ");

    CommandResult result = CommandResult.run(args);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1).first().asString().startsWith(message);
  }

  @Test
  void anUnreadableRecordIsRefusedAndNoPageIsWritten() throws Exception {
    Path bad = Files.writeString(temp.resolve("bad.json"), "{ not json");
    Path page = temp.resolve("results.md");

    CommandResult result = CommandResult.run("reproduce", "--markdown", page.toString(), "--from", bad.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("nnlab: --from " + bad + ": cannot read a reproduce record");
    assertThat(page).doesNotExist();
  }

  /** The chapter-5 norms need no training: a real run writes its verdict, record, figures and page in seconds. */
  @Test
  void aRealQuickRunWritesItsRecordFiguresAndThePageFromIt() throws Exception {
    String mnist = System.getenv("NNLAB_TEST_MNIST");
    assumeTrue(mnist != null && Files.isDirectory(Path.of(mnist)), "NNLAB_TEST_MNIST does not name a directory of the real MNIST files");
    Path json = temp.resolve("records/ch5.json");
    Path figures = temp.resolve("records/figures");
    Path page = temp.resolve("docs/results.md");

    CommandResult run = CommandResult.run("reproduce", "ch5-gradient-norms", "--quick", "--data", mnist,
        "--json", json.toString(), "--out", figures.toString());
    CommandResult written = CommandResult.run("reproduce", "--markdown", page.toString(), "--from", json.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("ch5-gradient-norms  [QUICK: reduced form, not the published setup]",
        "  => ch5-gradient-norms: PASS (quick: published figures not judged)");
    ResultsDocument document = ResultsDocument.read(json);
    assertThat(document.quick()).isTrue();
    assertThat(document.command()).isEqualTo("./nnlab reproduce ch5-gradient-norms --quick --data " + mnist
        + " --json " + json + " --out " + figures);
    assertThat(document.experiments()).singleElement().satisfies(e -> assertThat(e.checks()).hasSize(12));
    assertThat(figures.resolve("ch5-gradient-norms.png")).isNotEmptyFile();
    assertThat(written.exitCode()).isZero();
    assertThat(Files.readString(page)).contains("![", "](../records/figures/ch5-gradient-norms.png)", "**Includes QUICK runs");
  }
}
