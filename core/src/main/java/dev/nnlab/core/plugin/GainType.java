package dev.nnlab.core.plugin;

import dev.nnlab.core.activation.Activation;

/** A number &gt; 0 or an activation spec; see {@link ParameterType#gain()}. */
enum GainType implements ParameterType {
  INSTANCE;

  @Override
  public Object parse(String text, PluginCatalog catalog) {
    try {
      double value = Double.parseDouble(text);
      if (!(value > 0) || !Double.isFinite(value)) {
        throw new IllegalArgumentException(text + " is out of range; expected " + describe());
      }
      return new Gain(value, ParameterType.format(value));
    } catch (NumberFormatException notANumber) {
      Configured<Activation> activation;
      try {
        activation = catalog.activation(text);
      } catch (SpecException e) {
        throw new IllegalArgumentException(
            "'" + text + "' is neither a number nor a known activation (" + e.getMessage() + ")");
      }
      return new Gain(activation.value().gain(), activation.spec());
    }
  }

  @Override
  public String describe() {
    return "a number > 0 or an activation spec such as relu or leaky-relu(slope=0.2)";
  }
}
