package dev.nnlab.core.plugin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The checked parameter values a plugin is created with: one per declared {@link ParameterSpec},
 * defaults filled in, in declaration order. {@link #toString()} writes them back as spec text.
 */
public final class Parameters {

  private final Map<String, Object> values;
  private final Map<String, String> texts;

  Parameters(Map<String, Object> values, Map<String, String> texts) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
  }

  /** No parameters, for plugins that declare none. */
  public static Parameters none() {
    return new Parameters(Map.of(), Map.of());
  }

  /**
   * Parameters kept as the texts a file saved, unchecked and not parsed: only {@link #text} and
   * {@link #toString()} are meaningful, so a {@link Configured} can show a spec whose plugin is not
   * on the classpath.
   */
  public static Parameters saved(Map<String, String> texts) {
    return new Parameters(new LinkedHashMap<>(texts), texts);
  }

  /** Every value by name, in declaration order. */
  public Map<String, Object> asMap() {
    return values;
  }

  public double real(String name) {
    return ((Number) value(name)).doubleValue();
  }

  public long integer(String name) {
    return ((Number) value(name)).longValue();
  }

  public boolean bool(String name) {
    return (Boolean) value(name);
  }

  public String choice(String name) {
    return (String) value(name);
  }

  public Gain gain(String name) {
    return (Gain) value(name);
  }

  /**
   * A {@link ParameterType#component} value: the configured plugin, or empty when the spec named none.
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<Configured<T>> component(String name, PluginKind<T> kind) {
    Optional<Configured<?>> value = (Optional<Configured<?>>) value(name);
    value.ifPresent(
        configured -> {
          if (!kind.contract().isInstance(configured.plugin())) {
            throw new IllegalStateException(
                "parameter '" + name + "' holds a " + configured.plugin().getClass().getName()
                    + ", not a " + kind.label());
          }
        });
    return value.map(configured -> (Configured<T>) configured);
  }

  /** The value as the user wrote it (or the default's text), e.g. {@code relu} for a gain. */
  public String text(String name) {
    value(name);
    return texts.get(name);
  }

  private Object value(String name) {
    Object value = values.get(name);
    if (value == null) {
      throw new IllegalStateException(
          "no parameter '" + name + "' was declared; declared: " + values.keySet());
    }
    return value;
  }

  /** {@code k1=v1, k2=v2} in declaration order; empty when there are no parameters. */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(", ");
    texts.forEach((name, text) -> joiner.add(name + "=" + text));
    return joiner.toString();
  }
}
