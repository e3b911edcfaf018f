package dev.nnlab.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YardstickDataTest {

  private static final List<String> NAMES = List.of(
      "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

  @TempDir Path temp;

  @Test
  void aDirectoryWithTheGzippedFilesIsUsedAsItIs() throws IOException {
    for (String name : NAMES) {
      Files.write(temp.resolve(name + ".gz"), new byte[] {1});
    }

    try (YardstickData data = YardstickData.from(temp)) {
      assertThat(data.directory()).isEqualTo(temp);
    }
    assertThat(temp.resolve(NAMES.get(0) + ".gz")).exists();
  }

  @Test
  void plainFilesAreGzippedIntoATemporaryDirectoryRemovedOnClose() throws IOException {
    for (String name : NAMES) {
      Files.writeString(temp.resolve(name), "content of " + name);
    }

    Path copy;
    try (YardstickData data = YardstickData.from(temp)) {
      copy = data.directory();
      assertThat(copy).isNotEqualTo(temp);
      for (String name : NAMES) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(copy.resolve(name + ".gz")))) {
          assertThat(new String(in.readAllBytes())).isEqualTo("content of " + name);
        }
      }
    }
    assertThat(copy).doesNotExist();
  }

  @Test
  void aMissingFileIsNamedAndNothingIsLeftBehind() throws IOException {
    Files.writeString(temp.resolve(NAMES.get(0)), "x");
    long before = temporaryCopies();

    assertThatThrownBy(() -> YardstickData.from(temp))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(NAMES.get(1));
    assertThat(temporaryCopies()).isEqualTo(before);
  }

  private static long temporaryCopies() throws IOException {
    try (var entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return entries.filter(p -> p.getFileName().toString().startsWith("nnlab-yardstick-")).count();
    }
  }
}
