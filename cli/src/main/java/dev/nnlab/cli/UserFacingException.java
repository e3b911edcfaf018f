package dev.nnlab.cli;

/**
 * A failure the user can act on (missing data, a file that cannot be written): its message is shown
 * as it is, without a stack trace.
 */
public class UserFacingException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public UserFacingException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public UserFacingException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
