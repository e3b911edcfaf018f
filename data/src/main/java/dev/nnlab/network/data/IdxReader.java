package dev.nnlab.network.data;

import dev.nnlab.network.io.IoReasons;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files of unsigned bytes (the format of MNIST and Fashion-MNIST), gzip-compressed or
 * plain. Compression is recognised by the gzip magic bytes, not by the file name, so a misnamed file
 * still reads. Anything that does not match the header exactly is refused with an {@link
 * IdxFormatException} naming the file and the problem.
 */
public final class IdxReader {

  /** The IDX type code for unsigned bytes, the only one MNIST-style data sets use. */
  static final int UNSIGNED_BYTE = 0x08;

  private static final int BUFFER = 1 << 16;
  private static final long MAX_DATA_BYTES = Integer.MAX_VALUE - 16;

  private IdxReader() {}

  /** Reads {@code file}, which must hold an IDX array of unsigned bytes with {@code expectedRank} dimensions. */
  public static IdxArray read(Path file, int expectedRank) {
    return read(file, expectedRank, null);
  }

  /**
   * As {@link #read(Path, int)}, also feeding every decompressed byte of the file into {@code digest}
   * (when not null), so a file is parsed and hashed in one pass.
   */
  public static IdxArray read(Path file, int expectedRank, MessageDigest digest) {
    try (InputStream decompressed = openDecompressed(file)) {
      InputStream in = digest == null ? decompressed : new DigestInputStream(decompressed, digest);
      return parse(file, expectedRank, in);
    } catch (ZipException | EOFException e) {
      throw new IdxFormatException(file, "corrupt or truncated gzip data (" + reason(e) + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + IoReasons.reason(e), e);
    }
  }

  /** Opens the file's content, decompressing it when it starts with the gzip magic bytes 1f 8b. */
  static InputStream openDecompressed(Path file) throws IOException {
    BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    try {
      in.mark(2);
      int first = in.read();
      int second = in.read();
      in.reset();
      if (first == 0x1f && second == 0x8b) {
        return new GZIPInputStream(in, BUFFER);
      }
      return in;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** The SHA-256 of the file's decompressed content, as lower-case hex. */
  static String sha256OfContent(Path file) {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = openDecompressed(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    } catch (ZipException | EOFException e) {
      throw new IdxFormatException(file, "corrupt or truncated gzip data (" + reason(e) + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + IoReasons.reason(e), e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String reason(IOException e) {
    return e.getMessage() != null ? e.getMessage() : e instanceof EOFException ? "unexpected end of data" : e.toString();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM lacks SHA-256, which every Java platform must provide", e);
    }
  }

  private static IdxArray parse(Path file, int expectedRank, InputStream in) throws IOException {
    byte[] magic = in.readNBytes(4);
    if (magic.length < 4) {
      throw new IdxFormatException(
          file, "truncated: " + magic.length + " byte(s), too short for the 4-byte IDX magic number");
    }
    if (magic[0] != 0 || magic[1] != 0) {
      throw new IdxFormatException(
          file,
          "wrong magic number " + hex(magic) + "; an IDX file starts with 00 00 08 0" + expectedRank
              + " (is this an IDX file?)");
    }
    if ((magic[2] & 0xff) != UNSIGNED_BYTE) {
      throw new IdxFormatException(
          file,
          String.format(Locale.ROOT, "wrong magic number %s: data type 0x%02x is not supported;"
              + " expected 0x08 (unsigned byte)", hex(magic), magic[2] & 0xff));
    }
    int rank = magic[3] & 0xff;
    if (rank != expectedRank) {
      throw new IdxFormatException(
          file,
          "wrong rank: the header declares " + rank + " dimension(s), expected " + expectedRank
              + (expectedRank == 3 ? " (images × rows × columns)" : expectedRank == 1 ? " (labels)" : ""));
    }
    int[] dimensions = new int[rank];
    long total = 1;
    for (int i = 0; i < rank; i++) {
      byte[] size = in.readNBytes(4);
      if (size.length < 4) {
        throw new IdxFormatException(
            file, "truncated: the header ends inside dimension " + (i + 1) + " of " + rank);
      }
      long value = ((size[0] & 0xffL) << 24) | ((size[1] & 0xff) << 16) | ((size[2] & 0xff) << 8) | (size[3] & 0xff);
      if (value == 0 || value > MAX_DATA_BYTES) {
        throw new IdxFormatException(file, "dimension " + (i + 1) + " is " + value + "; expected 1 to " + MAX_DATA_BYTES);
      }
      dimensions[i] = (int) value;
      total *= value;
      if (total > MAX_DATA_BYTES) {
        throw new IdxFormatException(
            file, "the header declares more than " + MAX_DATA_BYTES + " bytes of data; not a supported IDX file");
      }
    }
    long available = plainBytesAfterHeader(file, rank);
    if (available >= 0 && available < total) {
      throw new IdxFormatException(
          file,
          "truncated: the header declares " + shape(dimensions) + " = " + total + " bytes of data but only "
              + available + " follow");
    }
    byte[] data = readBounded(in, (int) total);
    if (data.length < total) {
      throw new IdxFormatException(
          file,
          "truncated: the header declares " + shape(dimensions) + " = " + total + " bytes of data but only "
              + data.length + " follow");
    }
    IdxArray array = new IdxArray(file, dimensions, data);
    long trailing = countRemaining(in);
    if (trailing > 0) {
      throw new IdxFormatException(
          file,
          "trailing garbage: " + trailing + " byte(s) after the " + data.length + " bytes of data the header ("
              + array.shape() + ") declares");
    }
    return array;
  }

  /**
   * The bytes after the header of an uncompressed file, or -1 for gzip, whose decompressed length
   * is known only by reading it. Checked before allocating, so a header that lies costs nothing.
   */
  private static long plainBytesAfterHeader(Path file, int rank) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      int first = in.read();
      int second = in.read();
      if (first == 0x1f && second == 0x8b) {
        return -1;
      }
    }
    return Files.size(file) - 4L - 4L * rank;
  }

  /**
   * Reads up to {@code declared} bytes, growing the buffer as data actually arrives: memory
   * follows the stream's real length, not the header's claim (a flipped bit in a compressed file's
   * header would otherwise allocate gigabytes before the truncation is noticed).
   */
  private static byte[] readBounded(InputStream in, int declared) throws IOException {
    byte[] data = new byte[Math.min(declared, 1 << 20)];
    int filled = 0;
    while (filled < declared) {
      if (filled == data.length) {
        data = java.util.Arrays.copyOf(data, (int) Math.min(declared, 2L * data.length));
      }
      int n = in.read(data, filled, data.length - filled);
      if (n < 0) {
        return java.util.Arrays.copyOf(data, filled);
      }
      filled += n;
    }
    return data;
  }

  private static String shape(int[] dimensions) {
    StringBuilder text = new StringBuilder();
    for (int d : dimensions) {
      text.append(text.length() == 0 ? "" : " × ").append(d);
    }
    return text.toString();
  }

  private static long countRemaining(InputStream in) throws IOException {
    byte[] buffer = new byte[BUFFER];
    long count = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      count += n;
    }
    return count;
  }

  private static String hex(byte[] bytes) {
    StringBuilder text = new StringBuilder();
    for (byte b : bytes) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(String.format(Locale.ROOT, "%02x", b & 0xff));
    }
    return text.toString();
  }
}
