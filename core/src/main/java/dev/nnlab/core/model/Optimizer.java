package dev.nnlab.core.model;

import java.util.List;
import java.util.OptionalDouble;

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

  /**
   * The rate η when this optimizer is the plain gradient step θ ← θ − η·∂C/∂θ with no state, so that
   * a backend may apply it inside its own kernels instead of calling {@link OptimizerState#step()}.
   * Empty by default; an optimizer that declares it must update exactly that way.
   */
  default OptionalDouble plainGradientStep() {
    return OptionalDouble.empty();
  }
}
