/**
 * The training contracts: parameters, and the cost, optimizer and regularizer plugin kinds a backend
 * in {@code nnlab-network} trains a {@link dev.nnlab.core.layer.Network} with. Each declares what a
 * backend may rely on through capability methods ({@link Cost#elementwiseGradient()},
 * {@link Optimizer#plainGradientStep()}, {@link Regularizer#l2WeightDecay()}), never through its class.
 */
@ApiStatus(ApiStatus.Level.STABLE)
package dev.nnlab.core.model;

import dev.nnlab.core.api.ApiStatus;
