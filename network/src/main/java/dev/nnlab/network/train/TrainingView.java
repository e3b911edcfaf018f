package dev.nnlab.network.train;

import dev.nnlab.core.layer.Network;
import dev.nnlab.network.diagnostics.NetworkDiagnostics;

/** What a listener may look at during an event. */
public interface TrainingView {

  /** The network being trained, in its current state. */
  Network network();

  /**
   * Diagnostics of the current network on the probe batch (the first examples of the training
   * set), with the update ratios of the last mini-batch if they were recorded. Computed on call.
   */
  NetworkDiagnostics diagnostics();

  /**
   * Everything the run's remaining epochs depend on, for a checkpoint; only meaningful in
   * {@link TrainingListener#epochEnded}, after the epoch's last update. Copies the parameters.
   *
   * @throws UnsupportedOperationException if this view's run cannot be checkpointed (its
   *     optimizer cannot save its state)
   */
  default TrainingState state() {
    throw new UnsupportedOperationException("this training run cannot be checkpointed");
  }
}
