package dev.nnlab.network.train;

/**
 * Observes a training run. Called on the training thread, in order; events (and the diagnostics
 * they give access to) describe the network at the moment of the call and must not be kept for
 * later inspection of the network.
 */
public interface TrainingListener {

  /** Before the first mini-batch, once the backend has started: what runs and why. */
  default void trainingStarted(BackendReport report) {}

  /** After every mini-batch's update. */
  default void batchEnded(BatchEvent event) {}

  /** After every epoch, once the evaluation sets have been evaluated. */
  default void epochEnded(EpochEvent event) {}

  /**
   * Whether this listener wants ‖ΔW‖/‖W‖ recorded for the given mini-batch, so that
   * {@code event.diagnostics()} reports it. Recording costs a copy of the weights, so it is off
   * unless asked for.
   */
  default boolean wantsUpdateRatios(int epoch, int batch) {
    return false;
  }
}
