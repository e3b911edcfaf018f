/**
 * The model contracts: parameters, layers and networks, and the cost, optimizer and regularizer
 * plugin kinds the engine in {@code nnlab-network} trains them with.
 */
package dev.nnlab.core.model;
