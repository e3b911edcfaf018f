package dev.nnlab.cli.lab;

import dev.nnlab.core.layer.Network;
import dev.nnlab.cli.train.TrainingSetup;
import dev.nnlab.network.NetworkBuilder;
import java.util.List;

/**
 * Builds a setup's network directly, as the engine's {@code NetworkModule} does, without creating
 * an injector: the audit must answer within two seconds of the JVM starting, and Guice's start-up
 * is a visible part of that. {@code SetupNetworkTest} checks both paths give the same weights.
 */
public final class SetupNetwork {

  private SetupNetwork() {}

  public static Network build(TrainingSetup setup) {
    return builder(setup).build();
  }

  /** The setup's layers placed and sized, parameters not drawn (all zero): for their shapes and sizes. */
  public static Network assemble(TrainingSetup setup) {
    return builder(setup).assemble();
  }

  private static NetworkBuilder builder(TrainingSetup setup) {
    List<Integer> sizes = setup.sizes();
    NetworkBuilder builder = NetworkBuilder.using(setup.catalog()).input(setup.input())
        .weights(setup.weights()).biases(setup.biases()).hiddenActivation(setup.hiddenActivation())
        .outputActivation(setup.outputActivation()).seed(setup.seed());
    if (setup.layers().isEmpty()) {
      for (int l = 1; l < sizes.size(); l++) {
        builder.dense(sizes.get(l), l == sizes.size() - 1 ? setup.outputActivation() : setup.hiddenActivation(), null, null);
      }
    } else {
      setup.layers().forEach(builder::layer);
    }
    return builder;
  }
}
