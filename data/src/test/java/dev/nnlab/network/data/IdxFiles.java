package dev.nnlab.network.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/** Builds small IDX files and data sets for tests. */
final class IdxFiles {

  private IdxFiles() {}

  /** The bytes of an unsigned-byte IDX file with these dimensions and data. */
  static byte[] idx(int[] dimensions, byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(0);
    out.write(IdxReader.UNSIGNED_BYTE);
    out.write(dimensions.length);
    for (int size : dimensions) {
      out.write(size >>> 24);
      out.write(size >>> 16);
      out.write(size >>> 8);
      out.write(size);
    }
    out.writeBytes(data);
    return out.toByteArray();
  }

  static byte[] gzip(byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Path write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(byte[] content) {
    return HexFormat.of().formatHex(IdxReader.sha256().digest(content));
  }

  /** {@code count} images of {@code rows × columns} with pixel value {@code (i * 7 + j) % 256}. */
  static byte[] images(int count, int rows, int columns) {
    byte[] data = new byte[count * rows * columns];
    for (int i = 0; i < count; i++) {
      for (int j = 0; j < rows * columns; j++) {
        data[i * rows * columns + j] = (byte) ((i * 7 + j) % 256);
      }
    }
    return idx(new int[] {count, rows, columns}, data);
  }

  /** {@code count} labels {@code i % 10}. */
  static byte[] labels(int count) {
    byte[] data = new byte[count];
    for (int i = 0; i < count; i++) {
      data[i] = (byte) (i % 10);
    }
    return idx(new int[] {count}, data);
  }

  /**
   * A tiny data set: 12 training images (the last 2 held out for validation) and 5 test images of
   * 2×3 pixels, with its four files' content and a definition pinning their hashes.
   */
  static final class Tiny {
    final Map<DataFile, byte[]> content = new EnumMap<>(DataFile.class);
    final DataSetDefinition definition;

    Tiny() {
      content.put(DataFile.TRAIN_IMAGES, images(12, 2, 3));
      content.put(DataFile.TRAIN_LABELS, labels(12));
      content.put(DataFile.TEST_IMAGES, images(5, 2, 3));
      content.put(DataFile.TEST_LABELS, labels(5));
      Map<DataFile, String> hashes = new EnumMap<>(DataFile.class);
      content.forEach((file, bytes) -> hashes.put(file, sha256(bytes)));
      definition =
          new DataSetDefinition("tiny", "a test data set", hashes, 2, java.util.List.of(), Optional.empty(), Optional.empty());
    }

    /** Writes the four files into {@code directory}, gzip-compressed when {@code gzip}. */
    Path writeTo(Path directory, boolean gzip) {
      content.forEach(
          (file, bytes) -> write(directory.resolve(file.fileName() + (gzip ? ".gz" : "")), gzip ? gzip(bytes) : bytes));
      return directory;
    }
  }
}
