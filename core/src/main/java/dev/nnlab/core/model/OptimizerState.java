package dev.nnlab.core.model;

/** An optimizer bound to one network's parameters, with whatever state its rule needs. */
public interface OptimizerState {

  /**
   * Applies one update to every parameter's value from its current gradient. Called once per
   * mini-batch; must not allocate.
   */
  void step();
}
