package dev.nnlab.network.train;

/** Which engine a {@link Trainer} runs mini-batches on. */
public enum TrainingEngine {

  /**
   * The double-precision {@link dev.nnlab.network.engine.BatchEngine} with the configured dense
   * kernel, for every configuration: exact, and what gradient checks and equivalence tests use.
   */
  REFERENCE,

  /**
   * The single-precision {@link dev.nnlab.network.fast.FastTraining fast path} when the
   * configuration allows it (element-wise activations, quadratic cost or a canonical link, plain
   * SGD, no regularisation or L2, no dropout, the default kernel), the reference engine otherwise.
   * Results agree with the reference to float precision; see docs/performance.md.
   */
  AUTO
}
