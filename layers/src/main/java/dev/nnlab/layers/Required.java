package dev.nnlab.layers;

import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.PluginCatalog;

/**
 * A parameter with no default, such as conv's {@code filters}: its default text is the word
 * {@code required}, which fails with a line saying how to give it.
 */
record Required(ParameterType type, String example) implements ParameterType {

  static final String WORD = "required";

  /** A parameter the spec must set; {@code example} shows a whole spec that does. */
  static ParameterSpec parameter(String name, ParameterType type, String example, String meaning) {
    return ParameterSpec.of(name, new Required(type, example), WORD, meaning);
  }

  @Override
  public Object parse(String text, PluginCatalog catalog) {
    if (text.equalsIgnoreCase(WORD)) {
      throw new IllegalArgumentException("it has no default; give it, e.g. " + example);
    }
    return type.parse(text, catalog);
  }

  @Override
  public String describe() {
    return type.describe() + ", required";
  }
}
