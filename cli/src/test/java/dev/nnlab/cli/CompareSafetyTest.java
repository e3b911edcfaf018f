package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare's outputs are checked before any run, its seeds never wrap, and a report replaces the old one whole. */
class CompareSafetyTest {

  @TempDir Path temp;

  @Test
  void seedsThatWouldWrapPastTheLargestLongAreRefused() {
    CommandResult result = CommandResult.run("compare", "--seed", String.valueOf(Long.MAX_VALUE), "--seeds", "2",
        "--out", temp.resolve("r").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("nnlab: --seed " + Long.MAX_VALUE + ": with --seeds 2 the seeds would pass");
  }

  @Test
  void anOutputUnderAFileIsRefusedBeforeAnyRun() throws Exception {
    Path file = Files.writeString(temp.resolve("file"), "x");
    CommandResult result = CommandResult.run("compare", "--data", temp.toString(), "--out",
        file.resolve("report").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("nnlab: --out " + file.resolve("report") + ": " + file + " is not a directory");
  }

  @Test
  void aReadOnlyOutputIsRefusedBeforeAnyRun() throws Exception {
    Path readOnly = Files.createDirectory(temp.resolve("ro"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    Assumptions.assumeFalse(Files.isWritable(readOnly), "running as root: every directory is writable");
    CommandResult result = CommandResult.run("compare", "--data", temp.toString(), "--out", readOnly.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("is not writable").doesNotContain("lacks");
  }

  @Test
  void aReusedOutputDirectoryIsReplacedNotMerged() throws Exception {
    Path mnist = AuditCommandTest.realMnist();
    Path out = temp.resolve("report");
    String[] common = {"compare", "--data", mnist.toString(), "--epochs", "1", "--seeds", "1", "--train-size", "300",
        "--probe-size", "100", "--out", out.toString()};

    assertThat(CommandResult.run(concat(common, "--init", "rand,randn")).exitCode()).isZero();
    assertThat(out.resolve("config-2-weights.png")).exists();
    CommandResult second = CommandResult.run(concat(common, "--init", "xavier-normal"));

    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(out.resolve("config-1-weights.png")).exists();
    assertThat(out.resolve("config-2-weights.png")).as("a stale chart of the first report").doesNotExist();
    try (Stream<Path> siblings = Files.list(temp)) {
      assertThat(siblings).containsExactly(out);
    }
  }

  private static String[] concat(String[] first, String... more) {
    return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
  }
}
