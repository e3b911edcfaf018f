package dev.nnlab.network.backend;

import dev.nnlab.network.data.Examples;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * One training run on a {@link Backend}. The trainer drives it batch by batch; a backend that keeps
 * its own copy of the parameters (in another precision or layout) writes them into the network's
 * {@code Parameter}s on {@link #synchronize()}, and only then may anyone read them. The gradients
 * follow on {@link #synchronizeGradients()}, which only diagnostics need: a backend that updates
 * the weights without a gradient matrix computes them only then.
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
   * Writes the current parameters into the network's {@code Parameter}s; a no-op for a backend that
   * works on them directly.
   */
  void synchronize();

  /**
   * Writes the last batch's batch-mean gradients, regularisation term included, into the network's
   * parameter gradients, as the reference backend leaves them; a no-op for a backend that computes
   * them there. Called only when a listener asks for diagnostics, so a backend may compute them
   * here rather than at every batch.
   */
  void synchronizeGradients();

  /**
   * Writes what this run carries between mini-batches beyond the network's parameters (the
   * optimizer's state), for a training checkpoint; called after {@link #synchronize()}. The
   * default writes nothing: right for a backend whose whole state is the parameters it
   * synchronises, like the fast ones' plain gradient step.
   */
  default void saveState(DataOutput out) throws IOException {}

  /**
   * Reads back what {@link #saveState} wrote, on a run just started from the checkpoint's
   * parameters.
   */
  default void restoreState(DataInput in) throws IOException {}

  /** Classifies and costs every example of {@code examples} with the current parameters. */
  Score score(Examples examples);

  @Override
  void close();
}
