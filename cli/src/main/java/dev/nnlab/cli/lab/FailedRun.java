package dev.nnlab.cli.lab;

/**
 * A run that did not finish, as the report lists it.
 *
 * @param configuration the configuration's label
 * @param seed the run's seed
 * @param error why it failed, one line
 */
public record FailedRun(String configuration, long seed, String error) {}
