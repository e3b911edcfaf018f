package dev.nnlab.core.layer;

import dev.nnlab.core.activation.Activation;
import dev.nnlab.core.plugin.Configured;

/**
 * Declared by a fully connected layer: z = x·Wᵀ + 1·bᵀ, a = f(z). Its parameters are, in order, the
 * weights W ({@code units × inputs}, row j the weights into unit j) and the biases b
 * ({@code units × 1}).
 */
public record DenseGeometry(int inputs, int units, Configured<Activation> activation) {}
