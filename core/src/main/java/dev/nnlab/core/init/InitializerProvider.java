package dev.nnlab.core.init;

import dev.nnlab.core.plugin.Plugin;

/**
 * The service contract for initializer plugins. Register an implementation in
 * {@code META-INF/services/dev.nnlab.core.init.InitializerProvider}.
 */
public interface InitializerProvider extends Plugin<Initializer> {}
