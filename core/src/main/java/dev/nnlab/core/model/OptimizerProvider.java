package dev.nnlab.core.model;

import dev.nnlab.core.plugin.Plugin;

/**
 * The service contract for optimizer plugins. Register an implementation in
 * {@code META-INF/services/dev.nnlab.core.model.OptimizerProvider}.
 */
public interface OptimizerProvider extends Plugin<Optimizer> {}
