package dev.nnlab.core.plugin;

/**
 * A spec string a user wrote cannot be turned into a component: malformed text, an unknown plugin
 * or parameter, or a bad value. The message says exactly what was wrong and what is allowed.
 */
public class SpecException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public SpecException(String message) {
    super(message);
  }

  public SpecException(String message, Throwable cause) {
    super(message, cause);
  }
}
