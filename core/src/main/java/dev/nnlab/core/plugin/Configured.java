package dev.nnlab.core.plugin;

/**
 * A component made from a spec, with the spec written back in full (canonical name, every parameter
 * including defaults), so that manifests and {@code toString()} show exactly what ran.
 *
 * @param value the component
 * @param plugin the plugin that made it
 * @param parameters the checked parameter values
 * @param <T> the component type
 */
public record Configured<T>(T value, Plugin<T> plugin, Parameters parameters) {

  /** The canonical spec: {@code he-normal(mode=fan_in, gain=1.414214)} or just {@code randn}. */
  public String spec() {
    String arguments = parameters.toString();
    return arguments.isEmpty() ? plugin.name() : plugin.name() + "(" + arguments + ")";
  }

  @Override
  public String toString() {
    return spec();
  }
}
