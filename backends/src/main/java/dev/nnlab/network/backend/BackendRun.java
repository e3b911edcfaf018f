package dev.nnlab.network.backend;

import dev.nnlab.network.data.Examples;

/**
 * One training run on a {@link Backend}. The trainer drives it batch by batch; a backend that keeps
 * its own copy of the parameters (in another precision or layout) writes them into the network's
 * {@code Parameter}s on {@link #synchronize()}, and only then may anyone read them.
 *
 * <pre>{@code
 * try (BackendRun run = backend.start(job, training)) {
 *   double cost = run.forwardBackward(order, from, count);
 *   run.update();
 *   run.synchronize();
 * }
 * }</pre>
 */
public interface BackendRun extends AutoCloseable {

  /**
   * One line saying what runs, e.g. {@code fast single-precision backend: float vector 256-bit,
   * sparse inputs (density 0.191), 1 thread(s)}.
   */
  String description();

  /** The arithmetic that runs, for the manifest. */
  Arithmetic arithmetic();

  /**
   * Forward and backward passes of training examples {@code order[from] … order[from + count − 1]}:
   * returns their mean cost (without the regularisation term) and leaves the batch-mean gradients,
   * regularisation term included, ready for {@link #update()}. Changes no parameter.
   */
  double forwardBackward(int[] order, int from, int count);

  /** Applies the optimizer's update for the last {@link #forwardBackward} batch. */
  void update();

  /**
   * Writes the current parameters, and the last batch's gradients, into the network's
   * {@code Parameter}s; a no-op for a backend that works on them directly.
   */
  void synchronize();

  /** Classifies and costs every example of {@code examples} with the current parameters. */
  Score score(Examples examples);

  @Override
  void close();
}
