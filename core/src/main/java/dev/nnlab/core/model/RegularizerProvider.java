package dev.nnlab.core.model;

import dev.nnlab.core.plugin.Plugin;

/**
 * The service contract for regularizer plugins. Register an implementation in
 * {@code META-INF/services/dev.nnlab.core.model.RegularizerProvider}.
 */
public interface RegularizerProvider extends Plugin<Regularizer> {}
