package dev.nnlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Vets a plugin jar before it joins the class path: an empty or corrupt jar, or one whose classes
 * need a newer Java, is named with its problem and left out, so the other plugins still load and
 * the user sees why this one did not (the class loader would ignore the first silently and throw
 * an {@link UnsupportedClassVersionError} trace for the second).
 */
final class PluginJar {

  /** The class-file major version of Java 1 is 45; Java N is 44 + N. */
  private static final int JAVA_1_MAJOR = 44;

  private PluginJar() {}

  /** What is wrong with {@code jar}, or empty if it can be used. */
  static Optional<String> problem(Path jar) {
    try {
      if (Files.size(jar) == 0) {
        return Optional.of("it is empty (0 bytes)");
      }
    } catch (IOException e) {
      return Optional.of("cannot read it (" + dev.nnlab.network.io.IoReasons.reason(e) + ")");
    }
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      int runtime = Runtime.version().feature();
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (!entry.getName().endsWith(".class") || entry.getName().startsWith("META-INF/versions/")) {
          continue;
        }
        int needed = javaVersion(zip, entry);
        if (needed > runtime) {
          return Optional.of(entry.getName() + " is compiled for Java " + needed + " but this is Java " + runtime
              + "; rebuild it with --release " + runtime + " or run nnlab on Java " + needed);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("it is not a valid jar (" + (e.getMessage() != null ? e.getMessage() : e) + ")");
    }
  }

  /** The Java feature release a class file needs, from its header; 0 if it is not a class file. */
  private static int javaVersion(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] header = in.readNBytes(8);
      if (header.length < 8 || (header[0] & 0xff) != 0xCA || (header[1] & 0xff) != 0xFE
          || (header[2] & 0xff) != 0xBA || (header[3] & 0xff) != 0xBE) {
        throw new IOException(entry.getName() + " is not a class file");
      }
      int major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
      return major - JAVA_1_MAJOR;
    }
  }
}
