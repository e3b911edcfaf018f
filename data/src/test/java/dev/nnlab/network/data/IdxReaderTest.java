package dev.nnlab.network.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

  @TempDir Path dir;

  @Test
  void readsPlainAndGzipAlike() {
    byte[] content = IdxFiles.images(3, 2, 2);
    IdxArray plain = IdxReader.read(IdxFiles.write(dir.resolve("a"), content), 3);
    IdxArray gzipped = IdxReader.read(IdxFiles.write(dir.resolve("b.gz"), IdxFiles.gzip(content)), 3);

    assertThat(plain.dimensions()).containsExactly(3, 2, 2);
    assertThat(plain.count()).isEqualTo(3);
    assertThat(plain.itemSize()).isEqualTo(4);
    assertThat(plain.data()).isEqualTo(Arrays.copyOfRange(content, 16, content.length));
    assertThat(gzipped.data()).isEqualTo(plain.data());
    assertThat(gzipped.dimensions()).isEqualTo(plain.dimensions());
  }

  @Test
  void recognisesCompressionByMagicBytesNotByName() {
    byte[] content = IdxFiles.labels(4);
    Path gzipWithoutSuffix = IdxFiles.write(dir.resolve("labels"), IdxFiles.gzip(content));
    Path plainWithSuffix = IdxFiles.write(dir.resolve("labels.gz"), content);

    assertThat(IdxReader.read(gzipWithoutSuffix, 1).data()).containsExactly(0, 1, 2, 3);
    assertThat(IdxReader.read(plainWithSuffix, 1).data()).containsExactly(0, 1, 2, 3);
  }

  @Test
  void keepsUnsignedBytes() {
    byte[] content = IdxFiles.idx(new int[] {2}, new byte[] {(byte) 255, (byte) 128});
    IdxArray array = IdxReader.read(IdxFiles.write(dir.resolve("f"), content), 1);
    assertThat(array.data()[0] & 0xff).isEqualTo(255);
    assertThat(array.data()[1] & 0xff).isEqualTo(128);
  }

  @Test
  void refusesWrongMagic() {
    Path file = IdxFiles.write(dir.resolve("zip"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0});
    assertThatThrownBy(() -> IdxReader.read(file, 3))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("wrong magic number 50 4b 03 04")
        .hasMessageContaining("00 00 08 03");
  }

  @Test
  void refusesUnsupportedDataType() {
    byte[] content = IdxFiles.labels(2);
    content[2] = 0x0d;
    Path file = IdxFiles.write(dir.resolve("floats"), content);
    assertThatThrownBy(() -> IdxReader.read(file, 1))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("data type 0x0d is not supported")
        .hasMessageContaining("0x08 (unsigned byte)");
  }

  @Test
  void refusesWrongRank() {
    Path file = IdxFiles.write(dir.resolve("labels-as-images"), IdxFiles.labels(5));
    assertThatThrownBy(() -> IdxReader.read(file, 3))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("wrong rank: the header declares 1 dimension(s), expected 3");
  }

  @Test
  void refusesTruncatedMagic() {
    Path file = IdxFiles.write(dir.resolve("short"), new byte[] {0, 0});
    assertThatThrownBy(() -> IdxReader.read(file, 1))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("truncated: 2 byte(s)");
  }

  @Test
  void refusesTruncatedHeader() {
    byte[] content = Arrays.copyOf(IdxFiles.images(2, 2, 2), 10);
    Path file = IdxFiles.write(dir.resolve("header"), content);
    assertThatThrownBy(() -> IdxReader.read(file, 3))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("truncated: the header ends inside dimension 2 of 3");
  }

  @Test
  void refusesTruncatedData() {
    byte[] full = IdxFiles.images(10, 2, 2);
    Path file = IdxFiles.write(dir.resolve("cut.gz"), IdxFiles.gzip(Arrays.copyOf(full, full.length - 5)));
    assertThatThrownBy(() -> IdxReader.read(file, 3))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("truncated: the header declares 10 × 2 × 2 = 40 bytes of data but only 35 follow");
  }

  @Test
  void refusesTrailingGarbage() {
    byte[] full = IdxFiles.labels(4);
    byte[] longer = Arrays.copyOf(full, full.length + 3);
    Path file = IdxFiles.write(dir.resolve("long"), longer);
    assertThatThrownBy(() -> IdxReader.read(file, 1))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("trailing garbage: 3 byte(s) after the 4 bytes of data the header (4) declares");
  }

  @Test
  void refusesATruncatedGzipStream() {
    byte[] gzipped = IdxFiles.gzip(IdxFiles.images(50, 4, 4));
    Path file = IdxFiles.write(dir.resolve("cut-stream.gz"), Arrays.copyOf(gzipped, gzipped.length / 2));
    assertThatThrownBy(() -> IdxReader.read(file, 3))
        .isInstanceOf(IdxFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("corrupt or truncated gzip data");
  }

  @Test
  void refusesAZeroDimension() {
    Path file = IdxFiles.write(dir.resolve("empty"), IdxFiles.idx(new int[] {0}, new byte[0]));
    assertThatThrownBy(() -> IdxReader.read(file, 1)).hasMessageContaining("dimension 1 is 0; expected 1 to");
  }

  @Test
  void refusesAnAbsurdDeclaredSizeBeforeAllocating() {
    Path file = IdxFiles.write(dir.resolve("huge"), IdxFiles.idx(new int[] {100_000, 100_000, 100_000}, new byte[0]));
    assertThatThrownBy(() -> IdxReader.read(file, 3)).hasMessageContaining("declares more than");
  }

  @Test
  void hashesTheDecompressedContent() {
    byte[] content = IdxFiles.images(3, 3, 3);
    Path plain = IdxFiles.write(dir.resolve("p"), content);
    Path gzipped = IdxFiles.write(dir.resolve("g"), IdxFiles.gzip(content));
    assertThat(IdxReader.sha256OfContent(plain)).isEqualTo(IdxFiles.sha256(content));
    assertThat(IdxReader.sha256OfContent(gzipped)).isEqualTo(IdxFiles.sha256(content));
  }

  @Test
  void feedsEveryByteIntoTheDigestWhileParsing() {
    byte[] content = IdxFiles.images(4, 2, 2);
    var digest = IdxReader.sha256();
    IdxReader.read(IdxFiles.write(dir.resolve("d.gz"), IdxFiles.gzip(content)), 3, digest);
    assertThat(java.util.HexFormat.of().formatHex(digest.digest())).isEqualTo(IdxFiles.sha256(content));
  }
}
