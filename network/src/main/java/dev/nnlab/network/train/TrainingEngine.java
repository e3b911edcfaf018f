package dev.nnlab.network.train;

/** Which backends a {@link Trainer} may run mini-batches on. */
public enum TrainingEngine {

  /**
   * The double-precision {@link dev.nnlab.network.backend.reference.ReferenceBackend}, for every
   * configuration: exact, and what gradient checks and equivalence tests use.
   */
  REFERENCE,

  /**
   * The single-precision {@link dev.nnlab.network.fast.FastBackend} when every component declares
   * what it needs (dense layers with element-wise activations, an element-wise cost gradient or a
   * canonical link, a plain gradient step, L2 or no weight decay, no dropout); else the
   * single-precision {@link dev.nnlab.network.fast.ConvBackend} for stacks of convolution, pooling,
   * reshape and dense layers under the same conditions; the reference backend otherwise. Results agree with the reference to float precision; see docs/performance.md.
   */
  AUTO
}
