package dev.nnlab.core.plugin;

/** {@code true} or {@code false}; see {@link ParameterType#bool()}. */
enum BooleanType implements ParameterType {
  INSTANCE;

  @Override
  public Object parse(String text, PluginCatalog catalog) {
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException("'" + text + "' is not a boolean; expected " + describe());
  }

  @Override
  public String describe() {
    return "true or false";
  }
}
