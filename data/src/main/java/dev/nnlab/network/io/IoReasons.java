package dev.nnlab.network.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The reason an I/O operation failed, in words: {@link FileSystemException#getMessage()} is often
 * just the path ("cannot read X: X"), which drops the one fact the user needs, such as "permission
 * denied".
 */
public final class IoReasons {

  private IoReasons() {}

  /** The message of {@code e}, with the reason its cause gives. */
  public static String describe(UncheckedIOException e) {
    String message = e.getMessage();
    String reason = reason(e.getCause());
    return message == null ? reason : message.contains(reason) ? message : message + " (" + reason + ")";
  }

  /** Why {@code e} happened, e.g. {@code permission denied}, {@code no such file}. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
