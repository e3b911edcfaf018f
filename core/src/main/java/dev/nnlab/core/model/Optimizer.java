package dev.nnlab.core.model;

import java.util.List;

/**
 * An update rule, configured but stateless: {@link #start} makes the per-run state (velocities,
 * moment estimates) for a given set of parameters.
 */
public interface Optimizer {

  /** The step size η. */
  double learningRate();

  /**
   * Prepares to update {@code parameters}; state is allocated here, once, sized to them.
   *
   * @param parameters the parameters every {@link OptimizerState#step()} will update
   */
  OptimizerState start(List<Parameter> parameters);
}
