package dev.nnlab.network.audit;

/**
 * How fast training would move the weights: the learning rate and the number of updates per epoch.
 * The audit uses it to turn a gradient into "how far one epoch can move this layer".
 *
 * @param learningRate η, &gt; 0
 * @param updatesPerEpoch mini-batches per epoch (50,000 / 10 = 5,000 for Nielsen's network), &gt;= 1
 */
public record TrainingPace(double learningRate, int updatesPerEpoch) {

  public TrainingPace {
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
    }
    if (updatesPerEpoch < 1) {
      throw new IllegalArgumentException("updates per epoch must be >= 1, got " + updatesPerEpoch);
    }
  }

  /** The pace of {@code trainingSize} examples in mini-batches of {@code miniBatchSize}. */
  public static TrainingPace of(double learningRate, int trainingSize, int miniBatchSize) {
    if (trainingSize < 1 || miniBatchSize < 1) {
      throw new IllegalArgumentException(
          "training size and mini-batch size must be >= 1, got " + trainingSize + " and " + miniBatchSize);
    }
    return new TrainingPace(learningRate, (trainingSize + miniBatchSize - 1) / miniBatchSize);
  }
}
