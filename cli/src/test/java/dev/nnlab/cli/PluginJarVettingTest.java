package dev.nnlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nnlab.core.init.InitializerProvider;
import dev.nnlab.core.plugin.PluginJars;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad plugin jars are named, one line each, and left out; the good jar beside them still loads. */
class PluginJarVettingTest {

  @TempDir Path temp;

  private void goodJar() {
    new PluginJars(temp)
        .source("com.acme.ScaledInit", PluginJars.initializerSource("com.acme.ScaledInit", "acme-scaled", "\"acme\"", ""))
        .service(InitializerProvider.class, "com.acme.ScaledInit")
        .buildJar("acme-plugin");
  }

  /** A jar with one class whose header says class-file version 99 (Java 55). */
  private Path futureJar() throws IOException {
    Path jar = temp.resolve("future.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new ZipEntry("com/example/Future.class"));
      out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 99});
      out.closeEntry();
    }
    return jar;
  }

  @Test
  void emptyCorruptAndTooNewJarsAreEachOneLineAndTheGoodOneStillLoads() throws IOException {
    goodJar();
    Path empty = Files.createFile(temp.resolve("empty.jar"));
    Path corrupt = Files.writeString(temp.resolve("corrupt.jar"), "this is not a zip file at all");
    Path future = futureJar();

    CommandResult result = CommandResult.run("plugins", "--plugins", temp.toString(), "--names");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines()).contains("acme-scaled", "xavier-normal");
    assertThat(result.err().lines().toList()).containsExactlyInAnyOrder(
        "nnlab: plugin jar " + corrupt + " is left out: it is not a valid jar (zip END header not found)",
        "nnlab: plugin jar " + empty + " is left out: it is empty (0 bytes)",
        "nnlab: plugin jar " + future + " is left out: com/example/Future.class is compiled for Java 55 but this is Java "
            + Runtime.version().feature() + "; rebuild it with --release " + Runtime.version().feature()
            + " or run nnlab on Java 55");
  }
}
