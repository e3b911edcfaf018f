package dev.nnlab.network.train;

import dev.nnlab.network.diagnostics.NetworkDiagnostics;

/**
 * A mini-batch has been trained on.
 *
 * @param epoch from 0
 * @param batch from 0 within the epoch
 * @param batches mini-batches per epoch
 * @param batchSize examples in this mini-batch
 * @param cost the mean per-example cost of this mini-batch before its update (no regularisation)
 * @param nanos wall time of the batch: gather, forward, backward, update
 * @param view the network and its diagnostics
 */
public record BatchEvent(
    int epoch, int batch, int batches, int batchSize, double cost, long nanos, TrainingView view) {

  /** Shorthand for {@code view().diagnostics()}. */
  public NetworkDiagnostics diagnostics() {
    return view.diagnostics();
  }
}
