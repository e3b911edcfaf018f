package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two JVMs filling one cache at once: one fetches, the other waits and then reads the cache. */
class CacheLockTest {

  @TempDir Path dir;

  /** The child process: loads the tiny data set through a slow source that logs each call to a file. */
  public static void main(String[] args) throws Exception {
    Path cache = Path.of(args[0]);
    Path calls = Path.of(args[1]);
    IdxFiles.Tiny tiny = new IdxFiles.Tiny();
    FakeSource slow = FakeSource.slow("slow", tiny.content, 150);
    DataSource logging =
        new DataSource() {
          @Override
          public String description() {
            return "logging";
          }

          @Override
          public java.util.Map<DataFile, Path> fetch(
              DataSetDefinition dataSet, java.util.Set<DataFile> wanted, Path staging, FetchListener listener)
              throws IOException {
            Files.writeString(calls, "fetch\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return slow.fetch(dataSet, wanted, staging, listener);
          }
        };
    DataSet data = new DataSetLoader(cache, dataSet -> List.of(logging)).load(tiny.definition, FetchListener.NONE);
    System.exit(data.test().size() == 5 ? 0 : 3);
  }

  @Test
  void twoProcessesFetchOnceAndNeitherSeesAHalfWrittenFile() throws Exception {
    Path cache = dir.resolve("cache");
    Path calls = dir.resolve("calls.txt");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      processes.add(
          new ProcessBuilder(
                  java, "-cp", System.getProperty("java.class.path"), CacheLockTest.class.getName(), cache.toString(), calls.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("child-" + i + ".log").toFile())
              .start());
    }
    for (Process process : processes) {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child finished").isTrue();
      assertThat(process.exitValue()).as("child exit code").isZero();
    }

    assertThat(Files.readAllLines(calls)).containsExactly("fetch");
    IdxFiles.Tiny tiny = new IdxFiles.Tiny();
    for (DataFile file : DataFile.values()) {
      assertThat(IdxReader.sha256OfContent(file.locate(cache.resolve("tiny")).orElseThrow()))
          .isEqualTo(tiny.definition.sha256(file));
    }
  }
}
