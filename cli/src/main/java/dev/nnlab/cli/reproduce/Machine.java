package dev.nnlab.cli.reproduce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The machine a reproduction ran on, as the results page states it.
 *
 * @param cpu the CPU model (from /proc/cpuinfo where there is one)
 * @param cores processors available to the JVM
 * @param os operating system and architecture
 * @param java the Java runtime's version and vendor
 */
public record Machine(String cpu, int cores, String os, String java) {

  /** This machine. */
  public static Machine current() {
    return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
        System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
  }

  private static String cpuModel() {
    Path info = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(info)) {
      return "unknown";
    }
    try (Stream<String> lines = Files.lines(info)) {
      return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst().orElse("unknown");
    } catch (IOException | java.io.UncheckedIOException e) {
      return "unknown";
    }
  }

  @Override
  public String toString() {
    return cpu + ", " + cores + " cores available, " + os + ", Java " + java;
  }
}
