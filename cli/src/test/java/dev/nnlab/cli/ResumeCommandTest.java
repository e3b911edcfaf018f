package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code train --checkpoint --resume} as a user runs it: a run stopped after an epoch and resumed
 * writes the network bytes and manifest numbers of a run that never stopped, on the fast and the
 * reference backend, and a checkpoint that is not of this run is refused in one line before any
 * training. The real SIGKILL of a child JVM is in {@link FaultInjectionTest}.
 */
class ResumeCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static String mnist;

  @TempDir Path temp;

  @BeforeAll
  static void data() {
    mnist = System.getenv("NNLAB_TEST_MNIST");
    assumeTrue(mnist != null && !mnist.isBlank(), "NNLAB_TEST_MNIST is not set");
  }

  /** The two configurations: chapter 1's on the fast backend, and a batch-norm stack with momentum on the reference one. */
  static List<String> configuration(String backend) {
    return configuration(backend, mnist);
  }

  static List<String> configuration(String backend, String mnist) {
    List<String> args = new ArrayList<>(List.of("train", "--data", mnist, "--train-size", "600", "--seed", "3",
        "--no-doctor"));
    if (backend.equals("reference")) {
      args.addAll(List.of("--layers", "dense(units=20),batch-norm,dense(units=10)", "--optimizer",
          "momentum(mu=0.9)", "--eta", "0.5"));
    }
    return args;
  }

  private static String[] with(List<String> base, String... more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(Arrays.asList(more));
    return all.toArray(String[]::new);
  }

  /** The manifest's epochs without their wall times, which no two runs share. */
  static JsonNode numbers(Path manifest) throws IOException {
    JsonNode epochs = JSON.readTree(manifest.toFile()).get("epochs");
    for (JsonNode epoch : epochs) {
      ((ObjectNode) epoch).remove(List.of("trainSeconds", "evaluationSeconds"));
    }
    return epochs;
  }

  @ParameterizedTest
  @ValueSource(strings = {"fast", "reference"})
  void aRunStoppedAfterAnEpochAndResumedWritesTheUninterruptedRunsBytes(String backend) throws IOException {
    List<String> base = configuration(backend);
    Path whole = temp.resolve("whole.nnlab");
    Path wholeJson = temp.resolve("whole.json");
    CommandResult uninterrupted = CommandResult.run(with(base, "--epochs", "3", "--save", whole.toString(),
        "--json", wholeJson.toString()));
    assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();
    assertThat(JSON.readTree(wholeJson.toFile()).at("/training/backend/name").asText()).isEqualTo(backend);

    Path checkpoint = temp.resolve("ckpt") ;
    CommandResult first = CommandResult.run(with(base, "--epochs", "1", "--checkpoint", checkpoint + "/", "--resume"));
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(checkpoint.resolve(TrainCommand.CHECKPOINT_NAME)).isRegularFile();

    Path resumed = temp.resolve("resumed.nnlab");
    Path resumedJson = temp.resolve("resumed.json");
    CommandResult rest = CommandResult.run(with(base, "--epochs", "3", "--checkpoint", checkpoint.toString(),
        "--resume", "--save", resumed.toString(), "--json", resumedJson.toString()));
    assertThat(rest.exitCode()).as(rest.err()).isZero();
    assertThat(rest.err()).contains("Resuming from " + checkpoint.resolve(TrainCommand.CHECKPOINT_NAME)
        + ": 1 of 3 epochs done");

    assertThat(Files.readAllBytes(resumed)).isEqualTo(Files.readAllBytes(whole));
    assertThat(numbers(resumedJson)).isEqualTo(numbers(wholeJson));
    assertThat(rest.out()).as("the earlier epochs' lines are replayed").isEqualTo(uninterrupted.out());
  }

  /**
   * The live doctor's readings travel in the checkpoint: a resumed run tells exactly the findings
   * of the uninterrupted one, each once, with the epoch and mini-batch where it first held. A
   * rand-initialised network saturates in epoch 0 and plateaus only once the readings reach into
   * the second epoch, so findings come before and after the checkpoint; a doctor restarted empty
   * would tell saturation again at epoch 1 and date the plateau later.
   */
  @Test
  void aResumedRunTellsTheUninterruptedRunsDoctorFindingsEachOnce() throws IOException {
    List<String> base = new ArrayList<>(configuration("fast"));
    base.remove("--no-doctor");
    base.addAll(List.of("--init", "rand", "--bias-init", "rand"));
    Path whole = temp.resolve("whole.nnlab");
    CommandResult uninterrupted = CommandResult.run(with(base, "--epochs", "3", "--save", whole.toString()));
    assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();
    List<String> findings = doctorLines(uninterrupted.err());
    assertThat(findings).as(uninterrupted.err()).anyMatch(l -> l.contains("(epoch 0"))
        .anyMatch(l -> l.startsWith("doctor: warning plateau"));

    Path checkpoint = temp.resolve("run.ckpt");
    CommandResult first = CommandResult.run(with(base, "--epochs", "1", "--checkpoint", checkpoint.toString()));
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(doctorLines(first.err())).as("the plateau is not seen within epoch 0").hasSizeLessThan(findings.size());
    Path resumed = temp.resolve("resumed.nnlab");
    CommandResult rest = CommandResult.run(with(base, "--epochs", "3", "--checkpoint", checkpoint.toString(),
        "--resume", "--save", resumed.toString()));
    assertThat(rest.exitCode()).as(rest.err()).isZero();

    assertThat(doctorLines(rest.err())).isEqualTo(findings);
    assertThat(Files.readAllBytes(resumed)).isEqualTo(Files.readAllBytes(whole));
  }

  /** The live doctor's lines in a command's stderr. */
  static List<String> doctorLines(String stderr) {
    return stderr.lines().filter(l -> l.startsWith("doctor: ")).toList();
  }

  @Test
  void aCheckpointOfAnotherRunIsRefusedInOneLineNamingTheDifferenceAndNothingIsWritten() throws IOException {
    List<String> base = configuration("fast");
    Path checkpoint = temp.resolve("run.ckpt");
    assertThat(CommandResult.run(with(base, "--epochs", "1", "--checkpoint", checkpoint.toString())).exitCode())
        .isZero();
    byte[] before = Files.readAllBytes(checkpoint);
    Path json = temp.resolve("run.json");

    List<String> otherSeed = new ArrayList<>(base);
    otherSeed.set(otherSeed.indexOf("--seed") + 1, "4");
    CommandResult refused = CommandResult.run(with(otherSeed, "--epochs", "2", "--checkpoint", checkpoint.toString(),
        "--resume", "--json", json.toString()));

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err().strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("nnlab: --resume: "
        + checkpoint + " is a checkpoint of another run: its seed is 3, this run's 4; give the command that wrote"
        + " it, or another --checkpoint");
    assertThat(refused.err()).doesNotContain("Epoch").doesNotContain("\tat ");
    assertThat(json).as("refused before training: no manifest").doesNotExist();
    assertThat(Files.readAllBytes(checkpoint)).isEqualTo(before);

    CommandResult otherNet = CommandResult.run(with(base, "--sizes", "784,20,10", "--epochs", "2", "--checkpoint",
        checkpoint.toString(), "--resume"));
    assertThat(otherNet.exitCode()).isEqualTo(2);
    assertThat(otherNet.err()).contains("its network is [784, 30, 10], this run's [784, 20, 10]");
  }

  @Test
  void checkpointMisusesAreRefusedBeforeAnyWork() throws IOException {
    List<String> base = configuration("fast");
    Path checkpoint = temp.resolve("run.ckpt");

    CommandResult noCheckpoint = CommandResult.run(with(base, "--resume"));
    assertThat(noCheckpoint.exitCode()).isEqualTo(2);
    assertThat(noCheckpoint.err()).contains("--resume needs --checkpoint FILE|DIR");

    CommandResult every = CommandResult.run(with(base, "--checkpoint", checkpoint.toString(), "--checkpoint-every", "0"));
    assertThat(every.exitCode()).isEqualTo(2);
    assertThat(every.err()).contains("--checkpoint-every must be >= 1");

    Files.writeString(checkpoint, "not a checkpoint");
    CommandResult exists = CommandResult.run(with(base, "--checkpoint", checkpoint.toString()));
    assertThat(exists.exitCode()).isEqualTo(2);
    assertThat(exists.err()).contains("exists (the checkpoint of an earlier run); add --resume to continue it");

    CommandResult corrupt = CommandResult.run(with(base, "--checkpoint", checkpoint.toString(), "--resume"));
    assertThat(corrupt.exitCode()).isEqualTo(2);
    assertThat(corrupt.err()).contains("is not an nnlab checkpoint").doesNotContain("Epoch").doesNotContain("\tat ");
    assertThat(Files.readString(checkpoint)).isEqualTo("not a checkpoint");
  }

  @Test
  void checkpointEveryNSavesEveryNthEpochAndTheLast() throws IOException {
    Path checkpoint = temp.resolve("run.ckpt");
    CommandResult run = CommandResult.run(with(configuration("fast"), "--epochs", "3", "--checkpoint",
        checkpoint.toString(), "--checkpoint-every", "2"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dev.nnlab.network.train.CheckpointFile.load(checkpoint).state().epochsDone()).isEqualTo(3);
  }
}
