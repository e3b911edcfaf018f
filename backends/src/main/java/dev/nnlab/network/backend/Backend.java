package dev.nnlab.network.backend;

import dev.nnlab.network.data.Examples;
import java.util.Optional;

/**
 * Runs the mini-batches of a training job: a reference backend in double precision that runs the
 * layers themselves, and faster ones that build their own kernels from what the layers, the cost,
 * the optimizer and the regularizer declare through their capability methods (never from their
 * classes). The trainer asks each candidate whether it can run the job and uses the first that can.
 */
public interface Backend {

  /** A short name for manifests: {@code reference}, {@code fast}. */
  String name();

  /** Why this backend cannot run {@code job}, in words a user understands; empty if it can. */
  Optional<String> unsupported(TrainingJob job);

  /**
   * What will run, before any data is seen, e.g. {@code fast single-precision backend: float vector
   * 256-bit}; the run's own {@link BackendRun#description()} adds what depends on the data.
   */
  String describe(TrainingJob job);

  /**
   * Starts training {@code job.network()} on {@code training}, reading its current parameters.
   *
   * @throws IllegalArgumentException if {@link #unsupported} gives a reason
   */
  BackendRun start(TrainingJob job, Examples training);
}
