package dev.nnlab.core.plugin;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One parameter a plugin accepts.
 *
 * @param name snake_case or camelCase key used in spec strings, e.g. {@code mode} or {@code gain}
 * @param type how its text is parsed and checked
 * @param defaultText the default, written as a user would write it in a spec string
 * @param meaning one line saying what it does
 */
public record ParameterSpec(String name, ParameterType type, String defaultText, String meaning) {

  private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");

  public ParameterSpec {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultText, "defaultText");
    Objects.requireNonNull(meaning, "meaning");
    if (name == null || !KEY.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "parameter name '" + name + "' must be a letter followed by letters, digits or '_'");
    }
  }

  public static ParameterSpec of(String name, ParameterType type, String defaultText, String meaning) {
    return new ParameterSpec(name, type, defaultText, meaning);
  }

  @Override
  public String toString() {
    return name + "=" + defaultText + " (" + type.describe() + "): " + meaning;
  }
}
