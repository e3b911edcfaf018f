package dev.nnlab.cli.reproduce;

/**
 * A published experiment, rerun over several seeds and judged against its published figures.
 * Adding one is one class implementing this and one line in {@link Experiments}.
 */
public interface Experiment {

  /** The name users type, e.g. {@code ch1-network}. */
  String name();

  /** The setup, one line: architecture, cost, hyperparameters, data. */
  String description();

  /** Where the published figures come from, e.g. {@code Nielsen, chapter 1}. */
  String source();

  /**
   * Whether {@code reproduce --epochs N} may shorten it ({@link ExperimentContext#epochs}); its
   * result then says so and does not judge the published figures.
   */
  default boolean takesEpochs() {
    return false;
  }

  /**
   * Runs the experiment (in its reduced form when {@code context.quick()}) and judges it.
   *
   * @throws IllegalArgumentException if the context cannot support it (e.g. too few seeds)
   */
  ExperimentResult run(ExperimentContext context);
}
