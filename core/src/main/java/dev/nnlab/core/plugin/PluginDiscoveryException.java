package dev.nnlab.core.plugin;

/**
 * The plugins on the classpath are inconsistent: none of a kind, two with the same name, or one
 * that cannot be loaded. The message names the contract, the classes and where they came from.
 */
public class PluginDiscoveryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PluginDiscoveryException(String message) {
    super(message);
  }

  public PluginDiscoveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
