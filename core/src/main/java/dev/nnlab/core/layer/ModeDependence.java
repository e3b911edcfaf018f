package dev.nnlab.core.layer;

/**
 * Declared, as a {@link Layer#capability}, by a layer whose {@link Mode#TRAINING} pass computes a
 * different function from its {@link Mode#INFERENCE} pass (dropout drops units, batch-norm uses the
 * batch's statistics). A layer that does not declare it computes the same output in both modes and
 * draws nothing from the random stream; the conformance kit holds layers to both.
 *
 * @param difference one line saying what differs, e.g. "drops units at rate 0.5 in training"
 */
public record ModeDependence(String difference) {}
