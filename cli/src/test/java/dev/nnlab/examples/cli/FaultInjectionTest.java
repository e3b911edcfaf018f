package dev.nnlab.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real SIGKILLs of a child JVM running {@code nnlab train --save --json} and {@code nnlab compare}
 * at seeded random moments: after each, nothing partial is visible (every visible output is whole,
 * and a manifest says {@code finished} only beside its network), and a rerun succeeds, sweeps the
 * dead run's temporaries and writes the same network bytes as a run that was never killed. Plus a
 * full disk, on a small tmpfs where root can mount one.
 *
 * <p>The default run kills {@code train} once and fills the disk once (about 40 s on a loaded
 * two-core machine); {@code -Dnnlab.faults.kills=N} runs the exhaustive variant, N kills of each
 * command, compare's included (see docs/robustness.md and scripts/fault-suite).
 */
class FaultInjectionTest {

  private static final int KILLS = Integer.getInteger("nnlab.faults.kills", 1);
  private static final boolean EXHAUSTIVE = System.getProperty("nnlab.faults.kills") != null;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;
  private static Path mnist;
  private static byte[] reference;

  @TempDir Path temp;

  @BeforeAll
  static void uninterruptedReference() throws IOException {
    String directory = System.getenv("NNLAB_TEST_MNIST");
    assumeTrue(directory != null && !directory.isBlank(), "NNLAB_TEST_MNIST is not set");
    mnist = Path.of(directory);
    Path saved = shared.resolve("reference.nnlab");
    assertThat(CommandResult.run(train(saved, shared.resolve("reference.json"))).exitCode()).isZero();
    reference = Files.readAllBytes(saved);
  }

  private static String[] train(Path save, Path json) {
    return new String[] {"train", "--data", mnist.toString(), "--train-size", "500", "--epochs", "2",
        "--seed", "5", "--save", save.toString(), "--json", json.toString()};
  }

  private static String[] compare(Path out) {
    return new String[] {"compare", "--data", mnist.toString(), "--train-size", "300", "--epochs", "1",
        "--seeds", "1", "--probe-size", "100", "--init", "rand,randn", "--out", out.toString()};
  }

  /** Starts nnlab in a child JVM and SIGKILLs it after {@code delayMillis}; returns whether it was still running. */
  private static boolean killAfter(long delayMillis, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(Arrays.asList(args));
    Process child = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    boolean finished = child.waitFor(delayMillis, TimeUnit.MILLISECONDS);
    child.destroyForcibly();
    child.waitFor();
    return !finished;
  }

  private static List<Path> visible(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }
  }

  private static List<Path> temporaries(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(p -> p.getFileName().toString().startsWith(".nnlab-tmp-")).toList();
    }
  }

  @Test
  void aKillDuringTrainSaveAndJsonLeavesNothingPartialAndTheRerunWritesTheSameBytes() throws Exception {
    Random moments = new Random(15);
    for (int kill = 0; kill < KILLS; kill++) {
      Path directory = Files.createDirectories(temp.resolve("train-" + kill));
      Path save = directory.resolve("net.nnlab");
      Path json = directory.resolve("run.json");
      killAfter(1000 + moments.nextInt(5000), train(save, json));

      for (Path file : visible(directory)) {
        assertThat(file).as("only whole outputs are visible").isIn(save, json);
      }
      if (Files.exists(save)) {
        assertThat(Files.readAllBytes(save)).as("a visible network is whole").isEqualTo(reference);
      }
      if (Files.exists(json)) {
        JsonNode manifest = JSON.readTree(json.toFile());
        if (manifest.get("status").asText().equals("finished")) {
          assertThat(save).as("finished is written after the network").exists();
        }
      }

      assertThat(CommandResult.run(train(save, json)).exitCode()).isZero();
      assertThat(Files.readAllBytes(save)).isEqualTo(reference);
      assertThat(JSON.readTree(json.toFile()).get("status").asText()).isEqualTo("finished");
      assertThat(temporaries(directory)).as("the rerun sweeps the dead run's temporaries").isEmpty();
    }
  }

  @Test
  void aKillDuringCompareLeavesTheOldReportOrNoneAndTheRerunWritesAWholeOne() throws Exception {
    assumeTrue(EXHAUSTIVE, "compare's kills take minutes: run with -Dnnlab.faults.kills=N (scripts/fault-suite)");
    Random moments = new Random(16);
    for (int kill = 0; kill < KILLS; kill++) {
      Path parent = Files.createDirectories(temp.resolve("compare-" + kill));
      Path out = parent.resolve("report");
      killAfter(2000 + moments.nextInt(8000), compare(out));

      assertThat(visible(parent)).isSubsetOf(out);
      if (Files.exists(out)) {
        assertWholeReport(out);
      }
      assertThat(CommandResult.run(compare(out)).exitCode()).isZero();
      assertWholeReport(out);
      assertThat(temporaries(parent)).isEmpty();
    }
  }

  private static void assertWholeReport(Path out) throws IOException {
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("accuracy.png")).isRegularFile();
    assertThat(JSON.readTree(out.resolve("results.json").toFile()).get("configurations")).hasSize(2);
  }

  /** A 64 KiB tmpfs: the 190 KB network cannot fit; the run fails in one line and leaves no partial file. */
  @Test
  void aFullDiskFailsTheSaveCleanlyAndTheManifestSaysFailed() throws Exception {
    Path mountPoint = Files.createDirectories(temp.resolve("small-disk"));
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint.toString())
        .redirectErrorStream(true).start();
    boolean mounted = mount.waitFor(20, TimeUnit.SECONDS) && mount.exitValue() == 0;
    assumeTrue(mounted, "cannot mount a tmpfs here (needs root): "
        + new String(mount.getInputStream().readAllBytes()).strip());
    try {
      Path save = mountPoint.resolve("net.nnlab");
      Path json = mountPoint.resolve("run.json");
      int exit = CommandResult.run(train(save, json)).exitCode();

      assertThat(exit).isEqualTo(1);
      assertThat(save).doesNotExist();
      assertThat(temporaries(mountPoint)).isEmpty();
      assertThat(JSON.readTree(json.toFile()).get("status").asText()).isEqualTo("failed");
    } finally {
      new ProcessBuilder("umount", mountPoint.toString()).start().waitFor(20, TimeUnit.SECONDS);
    }
  }
}
