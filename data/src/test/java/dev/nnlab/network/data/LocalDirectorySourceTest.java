package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDirectorySourceTest {

  @TempDir Path dir;
  private final IdxFiles.Tiny tiny = new IdxFiles.Tiny();

  @Test
  void copiesTheFilesAsTheyAre() throws Exception {
    Path system = tiny.writeTo(dir.resolve("system"), true);
    Path staging = Files.createDirectory(dir.resolve("staging"));

    Map<DataFile, Path> files =
        new LocalDirectorySource(system, "install it")
            .fetch(tiny.definition, EnumSet.of(DataFile.TEST_IMAGES, DataFile.TEST_LABELS), staging, FetchListener.NONE);

    assertThat(files).containsOnlyKeys(DataFile.TEST_IMAGES, DataFile.TEST_LABELS);
    assertThat(files.get(DataFile.TEST_IMAGES)).isEqualTo(staging.resolve("t10k-images-idx3-ubyte.gz"));
    assertThat(Files.readAllBytes(files.get(DataFile.TEST_IMAGES)))
        .isEqualTo(Files.readAllBytes(system.resolve("t10k-images-idx3-ubyte.gz")));
    assertThat(system.resolve("t10k-images-idx3-ubyte.gz")).exists();
  }

  @Test
  void saysHowToGetAMissingDirectory() {
    LocalDirectorySource source =
        new LocalDirectorySource(dir.resolve("absent"), "on Debian or Ubuntu: apt-get install dataset-tiny");
    assertThat(source.description()).isEqualTo("directory " + dir.resolve("absent"));
    assertThatThrownBy(() -> source.fetch(tiny.definition, EnumSet.allOf(DataFile.class), dir, FetchListener.NONE))
        .isInstanceOf(IOException.class)
        .hasMessage("no such directory (on Debian or Ubuntu: apt-get install dataset-tiny)");
  }

  @Test
  void namesAMissingFile() throws Exception {
    Path system = tiny.writeTo(dir.resolve("system"), false);
    Files.delete(system.resolve("train-labels-idx1-ubyte"));
    Path staging = Files.createDirectory(dir.resolve("staging"));
    assertThatThrownBy(
            () ->
                new LocalDirectorySource(system, "install it")
                    .fetch(tiny.definition, EnumSet.allOf(DataFile.class), staging, FetchListener.NONE))
        .hasMessage("it lacks train-labels-idx1-ubyte[.gz] (install it)");
  }
}
