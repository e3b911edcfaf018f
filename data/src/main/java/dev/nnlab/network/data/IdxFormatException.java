package dev.nnlab.network.data;

import java.nio.file.Path;

/** A file that is not a well-formed IDX file of the expected shape; the message names the file. */
public final class IdxFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private final transient Path file;

  public IdxFormatException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public IdxFormatException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  /** The file that was refused. */
  public Path file() {
    return file;
  }
}
