package dev.nnlab.cli.io;

import dev.nnlab.network.io.DurableFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes the commands' output files whole or not at all, durably: {@link DurableFiles} does the
 * work (hidden temporary, fsync, rename, directory fsync, stale temporaries swept); this class
 * keeps the commands' short names for it and adds text.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /** Writes {@code bytes} to {@code target}, creating missing parent directories. */
  public static void write(Path target, byte[] bytes) throws IOException {
    DurableFiles.write(target, bytes);
  }

  /** Writes {@code text} as UTF-8. */
  public static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }
}
