package dev.nnlab.core.layer;

/**
 * How a forward pass runs. In {@link #TRAINING} dropout drops units and batch-norm normalises with
 * the mini-batch's statistics (and updates its running ones); in {@link #INFERENCE} dropout is the
 * identity and batch-norm uses its running statistics. Only a training pass may be followed by
 * {@link Layer#backward}.
 */
public enum Mode {
  TRAINING,
  INFERENCE
}
