package dev.nnlab.core.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** An optimizer bound to one network's parameters, with whatever state its rule needs. */
public interface OptimizerState {

  /**
   * Applies one update to every parameter's value from its current gradient. Called once per
   * mini-batch; must not allocate.
   */
  void step();

  /**
   * Writes everything {@link #step()} carries from one step to the next (the step count,
   * velocities, moment estimates), so that {@link #restore} on a state started for the same
   * parameters continues bit for bit: what a training checkpoint saves. The default refuses, so a
   * run with an optimizer that does not implement both cannot be checkpointed (rather than resume
   * with its state silently reset).
   */
  default void save(DataOutput out) throws IOException {
    throw new UnsupportedOperationException(
        "the optimizer state " + getClass().getName() + " cannot be saved in a checkpoint");
  }

  /** Reads back what {@link #save} wrote, replacing this state. */
  default void restore(DataInput in) throws IOException {
    throw new UnsupportedOperationException(
        "the optimizer state " + getClass().getName() + " cannot be restored from a checkpoint");
  }
}
