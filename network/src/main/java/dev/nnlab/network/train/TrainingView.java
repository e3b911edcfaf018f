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
}
