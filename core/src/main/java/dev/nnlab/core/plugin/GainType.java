package dev.nnlab.core.plugin;

import dev.nnlab.core.activation.Activation;
import java.util.Set;

/** A number &gt; 0, a linear layer's name or an activation spec; see {@link ParameterType#gain()}. */
enum GainType implements ParameterType {
  INSTANCE;

  /**
   * The names PyTorch's {@code calculate_gain} maps to 1: a linear map with no non-linearity of its
   * own keeps the variance. Its {@code conv_transpose2d} is also accepted in kebab case, and
   * nnlab's own layer names {@code dense} and {@code conv} mean the same as {@code linear} and
   * {@code conv2d}.
   */
  private static final Set<String> LINEAR_LAYERS = Set.of(
      "linear", "dense", "conv", "conv1d", "conv2d", "conv3d",
      "conv_transpose1d", "conv_transpose2d", "conv_transpose3d",
      "conv-transpose1d", "conv-transpose2d", "conv-transpose3d");

  @Override
  public Object parse(String text, PluginCatalog catalog) {
    if (LINEAR_LAYERS.contains(text)) {
      return new Gain(1, text);
    }
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
        throw new IllegalArgumentException("'" + text + "' is neither a number, a linear layer"
            + " (linear, conv1d, conv2d, ...) nor a known activation (" + e.getMessage() + ")");
      }
      return new Gain(activation.value().gain(), activation.spec());
    }
  }

  @Override
  public String describe() {
    return "a number > 0, an activation spec such as relu or leaky-relu(slope=0.2), or a linear"
        + " layer (linear, dense, conv, conv1d, conv2d, conv3d, conv-transpose1d/2d/3d: gain 1)";
  }
}
