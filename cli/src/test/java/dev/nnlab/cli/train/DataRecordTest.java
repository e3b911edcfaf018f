package dev.nnlab.cli.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataRecordTest {

  @TempDir Path temp;

  @Test
  void aFilesHashIsTheSha256OfItsBytes() throws Exception {
    Path file = temp.resolve("abc.csv");
    Files.writeString(file, "abc", StandardCharsets.US_ASCII);

    DataRecord.FileHash hash = DataRecord.hash(file);

    // FIPS 180-2's example: SHA-256("abc")
    assertThat(hash.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(hash.name()).isEqualTo("abc.csv");
  }

  @Test
  void aMissingFileSaysWhy() {
    assertThatThrownBy(() -> DataRecord.hash(temp.resolve("none.csv"))).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot read").hasMessageContaining("none.csv");
  }

  @Test
  void cuttingKeepsTheFilesAndChangesTheSizes() {
    DataRecord record = new DataRecord("t.csv", "csv file", temp, 100, 0, 20, 3, java.util.List.of());
    assertThat(record.withSizes(10, 5)).isEqualTo(new DataRecord("t.csv", "csv file", temp, 10, 0, 5, 3,
        java.util.List.of()));
  }
}
