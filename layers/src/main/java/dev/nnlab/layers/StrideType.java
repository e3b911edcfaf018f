package dev.nnlab.layers;

import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.PluginCatalog;
import java.util.OptionalInt;

/**
 * A pooling stride: a whole number &ge; 1, or the word {@code size} for windows that tile the image
 * (stride equal to the window), PyTorch's default. Parsed to an {@link OptionalInt}, empty for
 * {@code size}.
 */
enum StrideType implements ParameterType {
  INSTANCE;

  static final String SIZE = "size";
  private static final ParameterType NUMBER = ParameterType.integer(1, 1 << 10);

  @Override
  public Object parse(String text, PluginCatalog catalog) {
    if (text.equalsIgnoreCase(SIZE)) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(((Long) NUMBER.parse(text, catalog)).intValue());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not a stride; expected " + describe());
    }
  }

  @Override
  public String describe() {
    return "a whole number in [1, 1024], or " + SIZE + " for the window's size";
  }
}
