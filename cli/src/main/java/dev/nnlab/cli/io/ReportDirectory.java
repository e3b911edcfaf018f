package dev.nnlab.cli.io;

import dev.nnlab.network.io.DurableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Replaces a report directory as a whole, never merging into it: the new report is written into a
 * hidden temporary sibling, then the old directory is renamed aside, the new one renamed into
 * place, and the old one deleted. A reader sees the old report or the new one, never the new page
 * beside an earlier report's stale charts; a run that fails or is stopped before the swap leaves
 * the old report untouched (its temporary is removed on SIGINT/SIGTERM, or by the next run).
 */
public final class ReportDirectory {

  private ReportDirectory() {}

  /** Writes the report's files into the directory it is given; returns what it wrote. */
  @FunctionalInterface
  public interface Contents {
    List<Path> writeInto(Path directory) throws IOException;
  }

  /**
   * Writes {@code contents} into a fresh directory and puts it at {@code target}.
   *
   * @return the files written, as paths under {@code target}
   */
  public static List<Path> replace(Path target, Contents contents) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    DurableFiles.sweep(parent);
    String name = absolute.getFileName().toString();
    Path fresh = parent.resolve(DurableFiles.temporaryName(name));
    DurableFiles.removeOnExit(fresh);
    try {
      Files.createDirectory(fresh);
      List<Path> written = contents.writeInto(fresh).stream().map(p -> absolute.resolve(fresh.relativize(p))).toList();
      DurableFiles.syncDirectory(fresh);
      Path old = null;
      if (Files.exists(absolute)) {
        old = parent.resolve(DurableFiles.temporaryName(name));
        DurableFiles.removeOnExit(old);
        Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(fresh, absolute, StandardCopyOption.ATOMIC_MOVE);
      DurableFiles.syncDirectory(parent);
      if (old != null) {
        DurableFiles.deleteTree(old);
        DurableFiles.forget(old);
      }
      return written;
    } finally {
      if (Files.exists(fresh)) {
        DurableFiles.deleteTree(fresh);
      }
      DurableFiles.forget(fresh);
    }
  }
}
