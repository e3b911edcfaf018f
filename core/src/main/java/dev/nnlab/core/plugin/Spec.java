package dev.nnlab.core.plugin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

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
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  /** Parses {@code text}; see {@link SpecParser}. */
  public static Spec parse(String text) {
    return new SpecParser(text).parse();
  }

  /** This spec without the arguments named in {@code keys}. */
  public Spec without(Set<String> keys) {
    Map<String, String> kept = new LinkedHashMap<>(arguments);
    kept.keySet().removeAll(keys);
    return new Spec(name, kept);
  }

  /** The spec as text: {@code name} or {@code name(key=value, ...)}, arguments in their order. */
  @Override
  public String toString() {
    if (arguments.isEmpty()) {
      return name;
    }
    StringJoiner joiner = new StringJoiner(", ", name + "(", ")");
    arguments.forEach((key, value) -> joiner.add(key + "=" + value));
    return joiner.toString();
  }
}
