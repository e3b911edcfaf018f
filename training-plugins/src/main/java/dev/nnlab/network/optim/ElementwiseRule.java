package dev.nnlab.network.optim;

/**
 * An optimizer's update written for one parameter at a time: every rule here treats each weight
 * independently, so only the arithmetic differs between them, not the bookkeeping of
 * {@link ElementwiseOptimizerState}.
 */
interface ElementwiseRule {

  /**
   * Called once at the start of each step, before any parameter; for rules whose arithmetic
   * depends on the step count (Adam's bias correction). The count is kept by the state, not the
   * rule, so that a checkpoint saves it with the state arrays.
   *
   * @param step this step's number, from 1
   */
  default void beginStep(long step) {}

  /**
   * Updates the first {@code n} entries of {@code w} from {@code g}.
   *
   * @param state this parameter's own state arrays, each of length {@code n}, zero at the first
   *     step and kept between steps
   */
  void update(int n, double[] w, double[] g, double[][] state);
}
