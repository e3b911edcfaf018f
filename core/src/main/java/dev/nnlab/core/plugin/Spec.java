package dev.nnlab.core.plugin;

import java.util.Map;
import java.util.Objects;

/**
 * A parsed but not yet checked spec string: {@code name} or {@code name(key=value, ...)}. Values are
 * kept as text (a value may itself be a spec, as in {@code gain=leaky-relu(slope=0.2)}).
 *
 * @param name the plugin name or alias as written
 * @param arguments the key/value texts in the order written
 */
public record Spec(String name, Map<String, String> arguments) {

  public Spec {
    Objects.requireNonNull(name, "name");
    arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
  }

  /** Parses {@code text}; see {@link SpecParser}. */
  public static Spec parse(String text) {
    return new SpecParser(text).parse();
  }
}
