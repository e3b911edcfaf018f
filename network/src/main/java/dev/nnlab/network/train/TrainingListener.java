package dev.nnlab.network.train;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Observes a training run. Called on the training thread, in order; events (and the diagnostics
 * they give access to) describe the network at the moment of the call and must not be kept for
 * later inspection of the network. Every method has a default, so a listener overrides only what
 * it needs; for one kind of event a lambda is enough: {@code TrainingListener.onEpoch(e -> ...)}
 * (or the trainer builder's {@code onEpoch}).
 */
public interface TrainingListener {

  /** A listener that calls {@code action} after every epoch. */
  static TrainingListener onEpoch(Consumer<EpochEvent> action) {
    Objects.requireNonNull(action, "action");
    return new TrainingListener() {
      @Override
      public void epochEnded(EpochEvent event) {
        action.accept(event);
      }
    };
  }

  /** A listener that calls {@code action} after every mini-batch. */
  static TrainingListener onBatch(Consumer<BatchEvent> action) {
    Objects.requireNonNull(action, "action");
    return new TrainingListener() {
      @Override
      public void batchEnded(BatchEvent event) {
        action.accept(event);
      }
    };
  }

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
