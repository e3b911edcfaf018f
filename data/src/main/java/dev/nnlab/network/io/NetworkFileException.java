package dev.nnlab.network.io;

/**
 * A saved network cannot be loaded: not an nnlab file, an unsupported format version, truncated,
 * corrupted, or naming a plugin that is not on the classpath. The message names the file.
 */
public class NetworkFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public NetworkFileException(String message) {
    super(message);
  }

  public NetworkFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
