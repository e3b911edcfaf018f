package dev.nnlab.network.optim;

import dev.nnlab.core.model.OptimizerState;
import dev.nnlab.core.model.Parameter;
import java.util.List;

/**
 * The state every optimizer in this package keeps: a fixed number of zero-started arrays shaped
 * like each parameter. All of it is allocated here, once, so {@link #step()} allocates nothing;
 * the element loop stays in the {@link ElementwiseRule}, one call per parameter, where the JIT
 * sees it whole.
 */
final class ElementwiseOptimizerState implements OptimizerState {

  private final Parameter[] parameters;
  /** [parameter][state array][element]. */
  private final double[][][] states;
  private final ElementwiseRule rule;

  ElementwiseOptimizerState(List<Parameter> parameters, int stateArrays, ElementwiseRule rule) {
    this.parameters = parameters.toArray(new Parameter[0]);
    this.states = new double[this.parameters.length][stateArrays][];
    for (int k = 0; k < this.parameters.length; k++) {
      for (int s = 0; s < stateArrays; s++) {
        states[k][s] = new double[this.parameters[k].size()];
      }
    }
    this.rule = rule;
  }

  @Override
  public void step() {
    rule.beginStep();
    for (int k = 0; k < parameters.length; k++) {
      Parameter p = parameters[k];
      rule.update(p.size(), p.value().data, p.gradient().data, states[k]);
    }
  }
}
