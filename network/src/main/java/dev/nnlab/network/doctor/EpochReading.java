package dev.nnlab.network.doctor;

/**
 * What one epoch ended with.
 *
 * @param epoch from 0
 * @param trainingCost mean mini-batch cost over the epoch
 * @param heldOutCost mean cost (no regularisation penalty) on up to {@link Doctor#PROBE} held-out examples
 * @param heldOutAccuracy accuracy on the whole held-out set, NaN without one or for regression
 * @param probeAccuracy accuracy on the probe batch of training examples (NaN for regression)
 * @param topClassShare the share of probe examples given the most common predicted class
 */
public record EpochReading(
    int epoch,
    double trainingCost,
    double heldOutCost,
    double heldOutAccuracy,
    double probeAccuracy,
    double topClassShare) {}
