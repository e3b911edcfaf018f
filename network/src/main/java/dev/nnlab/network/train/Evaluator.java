package dev.nnlab.network.train;

import dev.nnlab.core.layer.Network;
import dev.nnlab.core.model.Cost;
import dev.nnlab.core.model.Parameter;
import dev.nnlab.core.model.Regularizer;
import dev.nnlab.network.backend.Score;
import dev.nnlab.network.backend.reference.ExampleScorer;
import dev.nnlab.network.data.Examples;

/**
 * Evaluates a network on a data set: correct classifications and the mean cost, regularisation
 * term included. The trainer turns every backend's {@link Score} into an {@link Evaluation} here, so
 * the penalty is computed in one place; on its own it scores with the reference layers.
 */
public final class Evaluator {

  private final Network network;
  private final Regularizer regularizer;
  private final ExampleScorer scorer;

  public Evaluator(Network network, Cost cost, Regularizer regularizer) {
    this.network = network;
    this.regularizer = regularizer;
    this.scorer = new ExampleScorer(network, cost);
  }

  /** Scores {@code examples} with the network's current parameters in double precision. */
  public Evaluation evaluate(String name, Examples examples) {
    return evaluation(name, examples.size(), scorer.score(examples));
  }

  /** The evaluation a score of {@code n} examples amounts to, with the regularisation term. */
  public Evaluation evaluation(String name, int n, Score score) {
    return new Evaluation(name, score.correct(), n, score.totalCost() / n + penalty(n));
  }

  /** The regularisation term over every weight matrix, with n examples. */
  public double penalty(int n) {
    double sum = 0;
    for (Parameter p : network.parameters()) {
      if (p.role() == Parameter.Role.WEIGHTS) {
        sum += regularizer.penalty(p.value(), n);
      }
    }
    return sum;
  }
}
