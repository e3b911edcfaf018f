package dev.nnlab.layers;

import dev.nnlab.core.layer.LayerDefinition;
import dev.nnlab.core.layer.LayerProvider;
import dev.nnlab.core.plugin.ParameterSpec;
import dev.nnlab.core.plugin.ParameterType;
import dev.nnlab.core.plugin.Parameters;
import java.util.List;

/** Provides {@code conv(filters, kernel, stride=1, padding=0, activation, weights, biases)}. */
public final class ConvProvider implements LayerProvider {

  static final String NAME = "conv";
  private static final String EXAMPLE = "conv(filters=20, kernel=5)";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "2-D convolution (cross-correlation) with square kernels, as PyTorch's Conv2d, then an activation";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        Required.parameter("filters", ParameterType.integer(1, 1 << 16), EXAMPLE, "output channels (PyTorch's out_channels)"),
        Required.parameter("kernel", ParameterType.integer(1, 1 << 10), EXAMPLE, "the kernel's side"),
        ParameterSpec.of("stride", ParameterType.integer(1, 1 << 10), "1", "the step between positions"),
        ParameterSpec.of("padding", ParameterType.integer(0, 1 << 10), "0", "zeros added on every side"),
        LayerParameters.ACTIVATION,
        LayerParameters.WEIGHTS,
        LayerParameters.BIASES);
  }

  @Override
  public List<String> examples() {
    return List.of(
        "conv(filters=2, kernel=3)",
        "conv(filters=3, kernel=3, stride=2, padding=1, activation=identity)",
        "conv(filters=2, kernel=2, stride=1, padding=2, activation=sigmoid, weights=xavier-uniform, biases=normal)");
  }

  @Override
  public LayerDefinition create(Parameters parameters) {
    return new ConvDefinition(
        Specs.canonical(NAME, parameters),
        (int) parameters.integer("filters"),
        (int) parameters.integer("kernel"),
        (int) parameters.integer("stride"),
        (int) parameters.integer("padding"),
        OverridableType.value(parameters, "activation"),
        OverridableType.value(parameters, "weights"),
        OverridableType.value(parameters, "biases"));
  }
}
