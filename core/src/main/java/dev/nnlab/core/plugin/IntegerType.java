package dev.nnlab.core.plugin;

/** A whole number in [low, high]; see {@link ParameterType#integer(long, long)}. */
record IntegerType(long low, long high) implements ParameterType {

  @Override
  public Object parse(String text, PluginCatalog catalog) {
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a whole number; expected " + describe());
    }
    if (value < low || value > high) {
      throw new IllegalArgumentException(text + " is out of range; expected " + describe());
    }
    return value;
  }

  @Override
  public String describe() {
    if (high == Long.MAX_VALUE) {
      return "a whole number >= " + low;
    }
    return "a whole number in [" + low + ", " + high + "]";
  }
}
