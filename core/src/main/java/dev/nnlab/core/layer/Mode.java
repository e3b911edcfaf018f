package dev.nnlab.core.layer;

/**
 * How a forward pass runs. In {@link #TRAINING} dropout drops units and batch-norm normalises with
 * the mini-batch's statistics (and updates its running ones); in {@link #INFERENCE} dropout is the
 * identity and batch-norm uses its running statistics. A layer whose two modes compute different
 * functions declares {@link ModeDependence}.
 */
public enum Mode {
  TRAINING,
  INFERENCE
}
