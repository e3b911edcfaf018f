package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

  @TempDir Path dir;
  private final IdxFiles.Tiny tiny = new IdxFiles.Tiny();

  @Test
  void readsAndVerifiesWithNielsensSplit() {
    DataSet data = DataDirectory.read(tiny.definition, tiny.writeTo(dir, true), "test");

    assertThat(data.train().size()).isEqualTo(10);
    assertThat(data.validation().size()).isEqualTo(2);
    assertThat(data.validation().label(0)).isEqualTo(0); // image 10 of the training file
    assertThat(data.test().size()).isEqualTo(5);
    assertThat(data.files()).extracting(VerifiedFile::sha256)
        .containsExactly(
            tiny.definition.sha256(DataFile.TRAIN_IMAGES),
            tiny.definition.sha256(DataFile.TRAIN_LABELS),
            tiny.definition.sha256(DataFile.TEST_IMAGES),
            tiny.definition.sha256(DataFile.TEST_LABELS));
  }

  @Test
  void acceptsAMixOfPlainAndCompressedFiles() throws Exception {
    tiny.writeTo(dir, true);
    Files.delete(dir.resolve("t10k-labels-idx1-ubyte.gz"));
    IdxFiles.write(dir.resolve("t10k-labels-idx1-ubyte"), tiny.content.get(DataFile.TEST_LABELS));
    assertThat(DataDirectory.read(tiny.definition, dir, "test").test().size()).isEqualTo(5);
  }

  @Test
  void namesTheMissingFiles() throws Exception {
    tiny.writeTo(dir, false);
    Files.delete(dir.resolve("train-labels-idx1-ubyte"));
    assertThat(DataDirectory.missing(dir)).containsExactly(DataFile.TRAIN_LABELS);
    assertThatThrownBy(() -> DataDirectory.read(tiny.definition, dir, "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(dir + " lacks train-labels-idx1-ubyte[.gz]")
        .hasMessageContaining("must hold train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte");
  }

  @Test
  void refusesANonexistentDirectory() {
    assertThatThrownBy(() -> DataDirectory.read(tiny.definition, dir.resolve("nope"), "test"))
        .hasMessageContaining("nope: no such directory");
  }

  @Test
  void refusesAWellFormedFileWithTheWrongHash() {
    tiny.writeTo(dir, false);
    byte[] other = IdxFiles.images(5, 2, 3);
    other[20] ^= 1;
    Path file = IdxFiles.write(dir.resolve("t10k-images-idx3-ubyte"), other);
    assertThatThrownBy(() -> DataDirectory.read(tiny.definition, dir, "test"))
        .isInstanceOfSatisfying(
            ChecksumMismatchException.class,
            e -> {
              assertThat(e.file()).isEqualTo(file);
              assertThat(e.expected()).isEqualTo(tiny.definition.sha256(DataFile.TEST_IMAGES));
              assertThat(e.actual()).isEqualTo(IdxFiles.sha256(other));
            })
        .hasMessageContaining(file.toString())
        .hasMessageContaining("is " + IdxFiles.sha256(other) + ", expected " + tiny.definition.sha256(DataFile.TEST_IMAGES))
        .hasMessageContaining("tiny t10k-images-idx3-ubyte");
  }

  @Test
  void aSecondReadOfTheSameFilesReusesTheirVerifiedArrays() {
    tiny.writeTo(dir, false);
    DataSet first = DataDirectory.read(tiny.definition, dir, "test");
    DataSet second = DataDirectory.read(tiny.definition, dir, "test");

    assertThat(second.files()).isEqualTo(first.files());
    assertThat(second.test().label(4)).isEqualTo(first.test().label(4));
    assertThat(VerifiedFileCache.get(dir.resolve("t10k-images-idx3-ubyte"),
        tiny.definition.sha256(DataFile.TEST_IMAGES))).isPresent();
  }

  @Test
  void aFileChangedInPlaceIsVerifiedAgain() throws Exception {
    tiny.writeTo(dir, false);
    DataDirectory.read(tiny.definition, dir, "test");
    Path file = dir.resolve("t10k-images-idx3-ubyte");
    byte[] other = Files.readAllBytes(file);
    other[20] ^= 1;
    Files.write(file, other);
    // same size; a modification time that no clock tick could leave equal to the first
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
        Files.getLastModifiedTime(file).toMillis() + 60_000));

    assertThatThrownBy(() -> DataDirectory.read(tiny.definition, dir, "test"))
        .isInstanceOf(ChecksumMismatchException.class).hasMessageContaining("tiny t10k-images-idx3-ubyte");
  }

  @Test
  void refusesTheRealMnistHashesForOtherFiles() {
    tiny.writeTo(dir, true);
    assertThatThrownBy(() -> DataDirectory.read(DataSetDefinition.MNIST, dir, "test"))
        .isInstanceOf(ChecksumMismatchException.class)
        .hasMessageContaining("expected " + DataSetDefinition.MNIST.sha256(DataFile.TRAIN_IMAGES));
  }
}
