package dev.nnlab.examples.lab;

import dev.nnlab.examples.train.TrainingSetup;
import dev.nnlab.network.FeedForwardNetwork;
import dev.nnlab.network.NetworkBuilder;
import java.util.List;

/**
 * Builds a setup's network directly, as the engine's {@code NetworkModule} does, without creating
 * an injector: the audit must answer within two seconds of the JVM starting, and Guice's start-up
 * is a visible part of that. {@code SetupNetworkTest} checks both paths give the same weights.
 */
public final class SetupNetwork {

  private SetupNetwork() {}

  public static FeedForwardNetwork build(TrainingSetup setup) {
    List<Integer> sizes = setup.sizes();
    NetworkBuilder builder = NetworkBuilder.using(setup.catalog()).input(sizes.get(0))
        .weights(setup.weights()).biases(setup.biases()).seed(setup.seed());
    for (int l = 1; l < sizes.size(); l++) {
      builder.dense(sizes.get(l), l == sizes.size() - 1 ? setup.outputActivation() : setup.hiddenActivation(), null, null);
    }
    return builder.build();
  }
}
