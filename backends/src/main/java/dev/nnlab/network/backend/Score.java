package dev.nnlab.network.backend;

/**
 * How a network did on a data set: {@code correct} of its examples classified right (the output's
 * largest value at the label), and the sum of the per-example costs, without regularisation.
 */
public record Score(int correct, double totalCost) {}
