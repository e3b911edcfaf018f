package dev.nnlab.core.activation;

import dev.nnlab.core.plugin.Plugin;

/**
 * The service contract for activation plugins. Register an implementation in
 * {@code META-INF/services/dev.nnlab.core.activation.ActivationProvider}.
 */
public interface ActivationProvider extends Plugin<Activation> {}
