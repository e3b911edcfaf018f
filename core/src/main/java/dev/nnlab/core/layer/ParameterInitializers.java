package dev.nnlab.core.layer;

import dev.nnlab.core.init.Fan;
import dev.nnlab.core.init.Initializer;
import dev.nnlab.core.plugin.Configured;

/**
 * Declared by a layer whose weights and biases {@link Layer#initialize} draws from initializers:
 * audits show the specs and their effective formulas for this fan. A layer loaded from a file keeps
 * the specs it was trained with, which need not be resolvable where it is loaded.
 */
public record ParameterInitializers(Fan fan, Configured<Initializer> weights, Configured<Initializer> biases) {}
