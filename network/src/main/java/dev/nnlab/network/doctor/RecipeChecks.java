package dev.nnlab.network.doctor;

/**
 * The checks Karpathy's recipe runs before trusting a training run, measured before training.
 *
 * @param inputs the training inputs' statistics
 * @param initialCost the untrained network's mean cost on the probe batch
 * @param chanceCost the cost of the best constant guess on the same batch ({@link ProbeSet#chanceCost})
 * @param overfit whether one mini-batch can be fitted
 */
public record RecipeChecks(InputStatistics inputs, double initialCost, double chanceCost, OverfitCheck overfit) {

  /** The initial cost over the chance level: near 1 for a well-initialised network. */
  public double initialCostRatio() {
    return initialCost / chanceCost;
  }
}
