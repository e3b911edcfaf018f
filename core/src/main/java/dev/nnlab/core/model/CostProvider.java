package dev.nnlab.core.model;

import dev.nnlab.core.plugin.Plugin;

/**
 * The service contract for cost plugins. Register an implementation in
 * {@code META-INF/services/dev.nnlab.core.model.CostProvider}.
 */
public interface CostProvider extends Plugin<Cost> {}
