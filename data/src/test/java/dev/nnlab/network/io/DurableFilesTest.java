package dev.nnlab.network.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableFilesTest {

  @TempDir Path directory;

  @Test
  void writesTheWholeFileAndLeavesNoTemporary() throws IOException {
    Path target = directory.resolve("a/b/out.json");
    DurableFiles.write(target, "first".getBytes());
    DurableFiles.write(target, "second".getBytes());

    assertThat(Files.readString(target)).isEqualTo("second");
    try (var files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void temporariesAreHiddenAndNameTheirProcess() {
    String name = DurableFiles.temporaryName("net.nnlab");
    assertThat(name).startsWith(".nnlab-tmp-" + ProcessHandle.current().pid() + "-").endsWith("-net.nnlab");
    assertThat(DurableFiles.isStale(name)).as("this process is alive").isFalse();
    assertThat(DurableFiles.isStale("net.nnlab")).isFalse();
  }

  @Test
  void theNextWriteSweepsTemporariesOfDeadProcessesOnly() throws IOException, InterruptedException {
    Process dead = new ProcessBuilder("true").start();
    dead.waitFor();
    Path stale = directory.resolve(".nnlab-tmp-" + dead.pid() + "-1f-net.nnlab");
    Path live = directory.resolve(DurableFiles.temporaryName("other.json"));
    Path userFile = directory.resolve(".nnlab-notes");
    Files.writeString(stale, "half a network");
    Files.writeString(live, "being written");
    Files.writeString(userFile, "mine");

    DurableFiles.write(directory.resolve("net.nnlab"), new byte[] {1, 2, 3});

    assertThat(stale).doesNotExist();
    assertThat(live).exists();
    assertThat(userFile).exists();
  }

  /** Files.createTempFile made every output 0600; a user's umask of 022 expects 0644. */
  @Test
  void theNextWriteSweepsAnHourOldTemporaryOfAnOlderVersionBesideItsTarget() throws IOException {
    // the names NetworkFile and AtomicFiles gave temporaries before DurableFiles (Files.createTempFile)
    Path oldNetwork = Files.writeString(directory.resolve("net.nnlab8841230912.tmp"), "partial");
    Path oldManifest = Files.writeString(directory.resolve(".run.json77120935.tmp"), "partial");
    Path recent = Files.writeString(directory.resolve("net.nnlab55.tmp"), "maybe an old version still writing");
    Path otherTarget = Files.writeString(directory.resolve("other.nnlab123.tmp"), "not ours to judge");
    Path notATemporary = Files.writeString(directory.resolve("net.nnlab-notes.tmp"), "the user's");
    FileTime twoHoursAgo = FileTime.fromMillis(System.currentTimeMillis() - 7_200_000);
    for (Path old : List.of(oldNetwork, oldManifest, otherTarget, notATemporary)) {
      Files.setLastModifiedTime(old, twoHoursAgo);
    }

    DurableFiles.write(directory.resolve("net.nnlab"), new byte[] {1});
    DurableFiles.write(directory.resolve("run.json"), new byte[] {2});

    assertThat(oldNetwork).doesNotExist();
    assertThat(oldManifest).doesNotExist();
    assertThat(recent).exists();
    assertThat(otherTarget).exists();
    assertThat(notATemporary).exists();
  }

  @Test
  void theModeFollowsTheUmaskNotAFixed0600() throws IOException {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "no POSIX permissions on this file system");
    Path target = directory.resolve("run.json");
    DurableFiles.write(target, "{}".getBytes());
    Path reference = Files.createFile(directory.resolve("plain"));

    Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
    Assumptions.assumeTrue(expected.contains(PosixFilePermission.OTHERS_READ),
        "the umask of this test run is 0077-like, which cannot tell the two apart");
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(expected);
  }
}
