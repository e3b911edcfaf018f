package dev.nnlab.core.plugin;

/**
 * A discovered plugin and where it came from.
 *
 * @param plugin the provider instance
 * @param location the jar or directory its class was loaded from, or {@code unknown}
 * @param <T> what the plugin makes
 */
public record PluginEntry<T>(Plugin<T> plugin, String location) {

  public String name() {
    return plugin.name();
  }
}
