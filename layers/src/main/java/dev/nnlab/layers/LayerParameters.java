package dev.nnlab.layers;

import dev.nnlab.core.plugin.ParameterSpec;

/** The parameters that layers with weights share, declared once so they read the same everywhere. */
final class LayerParameters {

  static final ParameterSpec ACTIVATION = ParameterSpec.of(
      "activation", OverridableType.activation(), Overridable.NETWORK,
      "the activation applied last (identity for none); network: the network's for this position");

  static final ParameterSpec WEIGHTS = ParameterSpec.of(
      "weights", OverridableType.initializer(), Overridable.NETWORK,
      "the weight initializer; network: the network's");

  static final ParameterSpec BIASES = ParameterSpec.of(
      "biases", OverridableType.initializer(), Overridable.NETWORK,
      "the bias initializer; network: the network's");

  private LayerParameters() {}
}
