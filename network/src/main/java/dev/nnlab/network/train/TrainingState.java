package dev.nnlab.network.train;

import dev.nnlab.network.ResumableRandom;
import java.util.List;
import java.util.Objects;

/**
 * Where a training run stands after a finished epoch: everything its remaining epochs depend on,
 * so that {@link Trainer#train(dev.nnlab.network.data.Examples, List, TrainingState)} continues it
 * bit for bit, as if it had never stopped. Taken by {@link TrainingView#state()} in
 * {@link TrainingListener#epochEnded}; written to disk by {@code CheckpointFile}.
 *
 * @param epochsDone how many epochs are finished (the next one to run)
 * @param history the costs and evaluations of those epochs
 * @param order the data order after the last epoch's shuffle: each epoch shuffles the previous one
 * @param dataOrder where the data-order stream stands
 * @param dropout where the dropout stream stands (dropout masks, stochastic layers)
 * @param parameters the values of every one of the network's parameters, buffers (batch-norm's
 *     running statistics) included, in {@code Network.parameters()} order
 * @param backendState what the backend carries beyond the parameters (the optimizer's velocities,
 *     moment estimates and step count), as {@code BackendRun.saveState} wrote it
 */
public record TrainingState(
    int epochsDone,
    TrainingHistory history,
    int[] order,
    ResumableRandom.Position dataOrder,
    ResumableRandom.Position dropout,
    List<double[]> parameters,
    byte[] backendState) {

  public TrainingState {
    if (epochsDone < 0) {
      throw new IllegalArgumentException("epochs done must be >= 0, got " + epochsDone);
    }
    Objects.requireNonNull(history, "history");
    if (history.trainingCosts().size() != epochsDone || history.evaluations().size() != epochsDone) {
      throw new IllegalArgumentException(
          "a state after " + epochsDone + " epochs needs a history of " + epochsDone + " epochs, got "
              + history.trainingCosts().size());
    }
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(dataOrder, "dataOrder");
    Objects.requireNonNull(dropout, "dropout");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(backendState, "backendState");
  }
}
