package dev.nnlab.core.layer;

import dev.nnlab.core.plugin.Plugin;

/**
 * The service contract for layer plugins. Register an implementation in
 * {@code META-INF/services/dev.nnlab.core.layer.LayerProvider}. A spec such as
 * {@code conv(filters=20, kernel=5)} makes a {@link LayerDefinition}: the configuration, which
 * knows its output shape for an input shape and builds the {@link Layer} once the network knows
 * where it stands.
 */
public interface LayerProvider extends Plugin<LayerDefinition> {}
