package dev.nnlab.network.data;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where fetched data sets are kept: {@code $NNLAB_CACHE/<data set>} if that variable is set, else
 * {@code $XDG_CACHE_HOME/nnlab/<data set>}, else {@code ~/.cache/nnlab/<data set>}.
 */
public final class CacheLocation {

  public static final String NNLAB_CACHE = "NNLAB_CACHE";
  public static final String XDG_CACHE_HOME = "XDG_CACHE_HOME";

  private CacheLocation() {}

  /** The cache root for this process's environment. */
  public static Path root() {
    return root(System.getenv(), System.getProperty("user.home"));
  }

  /** The cache root for the given environment variables and home directory. */
  public static Path root(Map<String, String> environment, String userHome) {
    String override = environment.get(NNLAB_CACHE);
    if (override != null && !override.isBlank()) {
      return Path.of(override).toAbsolutePath();
    }
    String xdg = environment.get(XDG_CACHE_HOME);
    // The XDG specification says a relative value is invalid and must be ignored.
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "nnlab");
    }
    return Path.of(userHome, ".cache", "nnlab");
  }
}
