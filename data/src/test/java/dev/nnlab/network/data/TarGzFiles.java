package dev.nnlab.network.data;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** Writes ustar archives (as npm pack does) for tests, gzip-compressed. */
final class TarGzFiles {

  private TarGzFiles() {}

  /** A .tgz holding the entries in iteration order; names longer than 100 bytes use a GNU long-name entry. */
  static byte[] tgz(Map<String, byte[]> entries) {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    entries.forEach(
        (name, content) -> {
          byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
          if (nameBytes.length > 100) {
            tar.writeBytes(header("././@LongLink", nameBytes.length + 1, 'L'));
            tar.writeBytes(padded(java.util.Arrays.copyOf(nameBytes, nameBytes.length + 1)));
            name = name.substring(0, 100);
          }
          tar.writeBytes(header(name, content.length, '0'));
          tar.writeBytes(padded(content));
        });
    tar.writeBytes(new byte[1024]);
    return IdxFiles.gzip(tar.toByteArray());
  }

  private static byte[] header(String name, long size, char type) {
    byte[] header = new byte[512];
    put(header, 0, name);
    put(header, 100, "0000644");
    put(header, 108, "0000000");
    put(header, 116, "0000000");
    put(header, 124, String.format(Locale.ROOT, "%011o", size));
    put(header, 136, "00000000000");
    header[156] = (byte) type;
    put(header, 257, "ustar");
    put(header, 263, "00");
    java.util.Arrays.fill(header, 148, 156, (byte) ' ');
    int checksum = 0;
    for (byte b : header) {
      checksum += b & 0xff;
    }
    put(header, 148, String.format(Locale.ROOT, "%06o", checksum));
    header[155] = ' ';
    return header;
  }

  private static void put(byte[] header, int offset, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(bytes, 0, header, offset, bytes.length);
  }

  private static byte[] padded(byte[] content) {
    int padding = (512 - content.length % 512) % 512;
    return java.util.Arrays.copyOf(content, content.length + padding);
  }
}
