package dev.nnlab.network.data;

import java.nio.file.Path;

/** A file whose decompressed content does not have the pinned SHA-256: it is never used. */
public final class ChecksumMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final String expected;
  private final String actual;

  public ChecksumMismatchException(Path file, String what, String expected, String actual) {
    super(file + ": SHA-256 of the decompressed content is " + actual + ", expected " + expected + " for "
        + what + "; the file is corrupt or not the expected one, so it was not used");
    this.file = file;
    this.expected = expected;
    this.actual = actual;
  }

  public Path file() {
    return file;
  }

  public String expected() {
    return expected;
  }

  public String actual() {
    return actual;
  }
}
